using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Identity's error messages from resources (IdentityErrorTexts.resx, Dutch; .en.resx, English), in the UI
/// culture of the request: the admin pages run in Dutch, the English texts are there for an English admin
/// and the command line.
/// </summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), IdentityErrorTexts.DefaultError);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), IdentityErrorTexts.ConcurrencyFailure);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), IdentityErrorTexts.PasswordMismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), IdentityErrorTexts.InvalidToken);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), IdentityErrorTexts.RecoveryCodeRedemptionFailed);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), IdentityErrorTexts.LoginAlreadyAssociated);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), IdentityErrorTexts.InvalidUserName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), IdentityErrorTexts.InvalidEmail);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), IdentityErrorTexts.DuplicateUserName);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), IdentityErrorTexts.DuplicateEmail);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), IdentityErrorTexts.InvalidRoleName);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), IdentityErrorTexts.DuplicateRoleName);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), IdentityErrorTexts.UserAlreadyHasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), IdentityErrorTexts.UserLockoutNotEnabled);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), IdentityErrorTexts.UserAlreadyInRole);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), IdentityErrorTexts.UserNotInRole);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), WithNumber(IdentityErrorTexts.PasswordTooShort, length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), WithNumber(IdentityErrorTexts.PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), IdentityErrorTexts.PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), IdentityErrorTexts.PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), IdentityErrorTexts.PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), IdentityErrorTexts.PasswordRequiresUpper);

    private static string WithNumber(string text, int number) => text.Replace("{0}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
