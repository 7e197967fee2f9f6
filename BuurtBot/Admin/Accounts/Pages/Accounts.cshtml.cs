using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>Beheerders only: who has an account, and a new account with a one-time password.</summary>
public sealed class AccountsModel(BuurtBotDbContext db, AccountService accounts, UserManager<CoordinatorAccount> users, AreaCatalog areas) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<string> AllWijken => areas.Wijken.Select(w => w.Name).ToList();

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string FirstName { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = AdminRoles.Buurtcoordinator;

    [BindProperty]
    public List<string> Wijken { get; set; } = [];

    /// <summary>The account whose rights change (the "Rechten" form).</summary>
    [BindProperty]
    public string? RightsAccountId { get; set; }

    /// <summary>Empty: no rights.</summary>
    [BindProperty]
    public string? RightsRole { get; set; }

    [BindProperty]
    public List<string> RightsWijken { get; set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>Shown once, right after creating the account; never stored in clear.</summary>
    public string? CreatedPassword { get; private set; }

    public string? CreatedEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(Email, FirstName, Role, Wijken, Coordinator.From(User), cancellationToken);
        if (result.Succeeded)
        {
            CreatedPassword = result.OneTimePassword;
            CreatedEmail = Email.Trim();
            Email = FirstName = "";
            Wijken = [];
            ModelState.Clear();
        }
        else
        {
            Errors = result.Errors;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A beheerder gives an account its role and wijken, or takes them away; its sessions carry the change at once.</summary>
    public async Task<IActionResult> OnPostRightsAsync(CancellationToken cancellationToken)
    {
        var account = RightsAccountId is null ? null : await users.FindByIdAsync(RightsAccountId);
        if (account is null)
        {
            Errors = ["Kies een account."];
        }
        else if (account.Id == Coordinator.From(User).Id)
        {
            Errors = ["Je kunt je eigen rechten niet veranderen; vraag een andere beheerder."];
        }
        else
        {
            var role = string.IsNullOrEmpty(RightsRole) ? null : RightsRole;
            Errors = await accounts.SetRightsAsync(account, role, RightsWijken, fromProvider: false, Coordinator.From(User), cancellationToken);
            if (Errors.Count == 0)
            {
                Notice = $"De rechten van {account.Email} zijn veranderd. Wie met dit account is aangemeld, heeft ze meteen.";
                ModelState.Clear();
                RightsAccountId = RightsRole = null;
                RightsWijken = [];
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var wijken = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == AdminClaims.Wijk)
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken);
        var external = await db.UserLogins.AsNoTracking().Select(l => l.UserId).ToListAsync(cancellationToken);
        Accounts = all.Select(u => new AccountRow(
            u.Id,
            u.Email ?? "",
            u.FirstName,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            wijken.Where(w => w.UserId == u.Id).Select(w => w.ClaimValue ?? "").ToList(),
            u.MustChangePassword,
            external.Contains(u.Id) ? "Gemeente-account" : u.TwoFactorEnabled ? "Wachtwoord en code" : "Wachtwoord")).ToList();
    }
}
