using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Notifications;

/// <summary>
/// Puts e-mails for the wijk's coordinators in the durable queue. Only adds rows to the caller's context:
/// they are stored in the same save as the event itself (the queued chat, the check-in answer), so an
/// event is never told without having happened, nor happens without being told. Whoever turned a kind
/// off gets none of it; a wijk without coordinators goes to the beheerders, so someone hears.
/// </summary>
public sealed class CoordinatorNotifier(
    BuurtBotDbContext db,
    IOptions<NotificationOptions> options,
    IOptions<HandoffOptions> handoff,
    TimeProvider time)
{
    /// <summary>A chat entered the queue: an e-mail now in office hours; outside them the morning summary counts it.</summary>
    public async Task ChatQueuedAsync(Guid conversationId, string? wijk, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (new OfficeHours(handoff.Value.OfficeHours).NextOpening(now) is not null)
        {
            return;
        }

        await QueueAsync(NotificationKind.Wachtrij, $"wachtrij:{conversationId:D}:{now.UtcTicks}", wijk,
            NotificationTexts.Queued(wijk), $"/admin/gesprekken/{conversationId:D}", cancellationToken);
    }

    public Task CheckInNeedsHelpAsync(string eventKey, string? wijk, Guid? initiatiefId, CancellationToken cancellationToken) =>
        QueueAsync(NotificationKind.HulpNodig, eventKey, wijk, NotificationTexts.HulpNodig(wijk), InitiatiefLink(initiatiefId), cancellationToken);

    public Task CheckInEscalatedAsync(string eventKey, string? wijk, Guid? initiatiefId, CancellationToken cancellationToken) =>
        QueueAsync(NotificationKind.GeenReactie, eventKey, wijk, NotificationTexts.GeenReactie(wijk), InitiatiefLink(initiatiefId), cancellationToken);

    public Task DealAcceptedAsync(Guid initiatiefId, int dealVersion, string wijk, CancellationToken cancellationToken) =>
        QueueAsync(NotificationKind.Buurtdeal, $"deal-geaccepteerd:{initiatiefId:D}:{dealVersion}", wijk, NotificationTexts.DealAccepted(wijk), InitiatiefLink(initiatiefId), cancellationToken);

    public Task DealChangeRequestedAsync(Guid initiatiefId, string? wijk, CancellationToken cancellationToken) =>
        QueueAsync(NotificationKind.Buurtdeal, $"deal-wijziging:{initiatiefId:D}:{time.GetUtcNow().UtcTicks}", wijk, NotificationTexts.DealChangeRequested(wijk), InitiatiefLink(initiatiefId), cancellationToken);

    /// <summary>A phase of the wijk's year opened: its coordinators are reminded what it asks of them.</summary>
    public Task WijkjaarFaseOpenedAsync(string wijk, int year, WijkjaarFase fase, CancellationToken cancellationToken) =>
        QueueAsync(NotificationKind.Wijkjaar, $"wijkjaar:{wijk}:{year}:{fase}", wijk, NotificationTexts.FaseOpened(wijk, fase), "/admin/wijkjaar", cancellationToken);

    /// <summary>The morning summary, one per coordinator who wants it (or wants the queue), with the counts of their wijken.</summary>
    public async Task DailySummaryAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var queued = await db.Conversations.AsNoTracking().Where(c => c.Owner == ConversationOwner.Queue).Select(c => c.Wijk).ToListAsync(cancellationToken);
        var tasks = await db.Set<Reminders.CoordinatorTask>().AsNoTracking().Where(t => t.DoneUtc == null).Select(t => t.WijkName).ToListAsync(cancellationToken);
        foreach (var recipient in await StaffAsync(cancellationToken))
        {
            bool Mine(string? wijk) => recipient.IsBeheerder || wijk is null || recipient.Wijken.Contains(wijk, StringComparer.OrdinalIgnoreCase);
            var wantsQueue = !recipient.Off.Contains(NotificationKind.Wachtrij);
            var wantsSummary = !recipient.Off.Contains(NotificationKind.Dagoverzicht);
            var queueCount = wantsQueue ? queued.Count(Mine) : 0;
            var taskCount = wantsSummary ? tasks.Count(Mine) : 0;
            if (queueCount + taskCount == 0)
            {
                continue;
            }

            await AddAsync(recipient, NotificationKind.Dagoverzicht, $"dagoverzicht:{date:yyyy-MM-dd}", NotificationTexts.Summary(queueCount, taskCount), "/admin/overzicht", cancellationToken);
        }
    }

    private async Task QueueAsync(NotificationKind kind, string eventKey, string? wijk, MailText text, string link, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var staff = await StaffAsync(cancellationToken);
        var coordinators = staff.Where(s => !s.IsBeheerder && (wijk is null || s.Wijken.Contains(wijk, StringComparer.OrdinalIgnoreCase))).ToList();
        // A wijk nobody covers (or a chat of no known wijk that no coordinator has) goes to the beheerders.
        var recipients = wijk is null ? staff : coordinators.Count > 0 ? coordinators : staff.Where(s => s.IsBeheerder).ToList();
        foreach (var recipient in recipients.Where(r => !r.Off.Contains(kind)))
        {
            await AddAsync(recipient, kind, eventKey, text, link, cancellationToken);
        }
    }

    private async Task AddAsync(Recipient recipient, NotificationKind kind, string eventKey, MailText text, string link, CancellationToken cancellationToken)
    {
        var key = $"{eventKey}:{recipient.AccountId}";
        key = key.Length > 200 ? key[..200] : key;
        var set = db.Set<NotificationMail>();
        // Idempotent, so a repeated event (a job that fires twice) never fails the caller's save on the unique key.
        if (set.Local.Any(m => m.Key == key) || await set.AsNoTracking().AnyAsync(m => m.Key == key, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        set.Add(new NotificationMail
        {
            Key = key,
            AccountId = recipient.AccountId,
            To = recipient.Email,
            Kind = kind,
            Subject = text.Subject,
            Body = NotificationTexts.Body(recipient.FirstName, text, new Uri(options.Value.BaseUrl, link), new Uri(options.Value.BaseUrl, "/admin/meldingen")),
            CreatedUtc = now,
            DueUtc = now,
        });
    }

    private static string InitiatiefLink(Guid? initiatiefId) => initiatiefId is { } id ? $"/admin/initiatieven/{id:D}" : "/admin/overzicht";

    private async Task<IReadOnlyList<Recipient>> StaffAsync(CancellationToken cancellationToken)
    {
        var staff = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where (role.Name == AdminRoles.Beheerder || role.Name == AdminRoles.Buurtcoordinator) && user.Email != null
            select new { user.Id, user.Email, user.FirstName, Role = role.Name }).ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == AdminClaims.Wijk || c.ClaimType == AdminClaims.NotificationOff)
            .Select(c => new { c.UserId, c.ClaimType, c.ClaimValue }).ToListAsync(cancellationToken);
        return staff.GroupBy(s => s.Id).Select(g =>
        {
            var mine = claims.Where(c => c.UserId == g.Key).ToList();
            return new Recipient(
                g.Key,
                g.First().Email!,
                g.First().FirstName,
                g.Any(s => s.Role == AdminRoles.Beheerder),
                mine.Where(c => c.ClaimType == AdminClaims.Wijk).Select(c => c.ClaimValue ?? "").ToList(),
                mine.Where(c => c.ClaimType == AdminClaims.NotificationOff)
                    .Select(c => Enum.TryParse<NotificationKind>(c.ClaimValue, out var kind) ? kind : (NotificationKind?)null)
                    .OfType<NotificationKind>().ToHashSet());
        }).ToList();
    }

    private sealed record Recipient(string AccountId, string Email, string FirstName, bool IsBeheerder, IReadOnlyList<string> Wijken, HashSet<NotificationKind> Off);
}
