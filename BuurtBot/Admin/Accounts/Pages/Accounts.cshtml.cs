using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>Beheerders only: who has an account, and a new account with a one-time password.</summary>
public sealed class AccountsModel(BuurtBotDbContext db, AccountService accounts, AreaCatalog areas, TimeProvider time) : PageModel
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

    public IReadOnlyList<string> Errors { get; private set; } = [];

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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var wijken = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == AdminClaims.Wijk)
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken);
        Accounts = users.Select(u => new AccountRow(
            u.Email ?? "",
            u.FirstName,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            wijken.Where(w => w.UserId == u.Id).Select(w => w.ClaimValue ?? "").ToList(),
            u.MustChangePassword,
            u.LockoutEnd > now)).ToList();
    }
}
