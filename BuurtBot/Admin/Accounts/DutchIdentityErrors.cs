using Microsoft.AspNetCore.Identity;

namespace BuurtBot.Admin.Accounts;

/// <summary>Identity's error messages in Dutch: the admin pages are Dutch, and so is what they say is wrong.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account net veranderd. Laad de pagina opnieuw.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het huidige wachtwoord klopt niet.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "De code klopt niet of is verlopen.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Deze herstelcode klopt niet of is al gebruikt.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Dit gemeente-account hoort al bij een ander BuurtBot-account.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Dit e-mailadres kan niet als gebruikersnaam dienen.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Vul een geldig e-mailadres in.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Er is al een account met dit e-mailadres.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Er is al een account met dit e-mailadres.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "Deze rol bestaat niet.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "Deze rol bestaat al.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren staat voor dit account uit.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Dit account heeft deze rol al.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "Dit account heeft deze rol niet.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens hebben.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet een leesteken of ander teken hebben dat geen letter of cijfer is.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet een cijfer hebben (0-9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet een kleine letter hebben (a-z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet een hoofdletter hebben (A-Z).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
