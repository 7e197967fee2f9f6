using System.Security.Claims;
using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BuurtBot.Notifications.Pages;

/// <summary>Each coordinator chooses which e-mails they get (all of them until they turn some off).</summary>
public sealed class MeldingenModel(UserManager<CoordinatorAccount> users, IOptions<NotificationOptions> options, AuditLog audit) : PageModel
{
    [BindProperty]
    public List<NotificationKind> On { get; set; } = [];

    public IReadOnlySet<NotificationKind> Off { get; private set; } = new HashSet<NotificationKind>();

    public bool Enabled => options.Value.Enabled;

    public string? Notice { get; private set; }

    public static IReadOnlyList<(NotificationKind Kind, string Label)> Kinds { get; } =
    [
        (NotificationKind.Wachtrij, "Een bewoner wacht in de wachtrij (binnen kantoortijd meteen, anders in het overzicht van de volgende ochtend)"),
        (NotificationKind.HulpNodig, "Een initiatiefnemer vraagt om hulp bij een check-in"),
        (NotificationKind.GeenReactie, "Een check-in blijft zonder reactie, ook na de herinnering"),
        (NotificationKind.Buurtdeal, "Een bewoner accepteert een buurtdeal of wil hem veranderen"),
        (NotificationKind.Dagoverzicht, "Elke ochtend een overzicht van open taken"),
        (NotificationKind.Wijkjaar, "Een fase van het wijkjaar begint (wijkanalyse, wijkagenda, buurtactiviteitenplan, monitoring)"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Redirect("/admin/aanmelden");
        }

        Off = OffOf(await users.GetClaimsAsync(account));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Redirect("/admin/aanmelden");
        }

        var claims = await users.GetClaimsAsync(account);
        await users.RemoveClaimsAsync(account, claims.Where(c => c.Type == AdminClaims.NotificationOff));
        var off = Enum.GetValues<NotificationKind>().Except(On).ToList();
        if (off.Count > 0)
        {
            await users.AddClaimsAsync(account, off.Select(k => new Claim(AdminClaims.NotificationOff, k.ToString())));
        }

        await audit.RecordAsync(Coordinator.From(User), AuditActions.NotificationsChanged, detail: off.Count == 0 ? "alle aan" : "uit: " + string.Join(", ", off));
        Off = off.ToHashSet();
        Notice = "Je keuze is opgeslagen.";
        return Page();
    }

    private static HashSet<NotificationKind> OffOf(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Type == AdminClaims.NotificationOff)
            .Select(c => Enum.TryParse<NotificationKind>(c.Value, out var kind) ? kind : (NotificationKind?)null)
            .OfType<NotificationKind>().ToHashSet();
}
