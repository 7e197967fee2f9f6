using BuurtBot.Notifications;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Reminders;

/// <summary>
/// Writes and reads the coordinators' task rows. Adding is idempotent by key, and only tracks the
/// row: whoever saves the scope (a job, or the turn) stores it with the rest of its work.
/// </summary>
public sealed class CoordinatorTasks(BuurtBotDbContext db, CoordinatorNotifier notifier, TimeProvider time)
{
    public async Task AddAsync(CoordinatorTaskKind kind, string key, string? wijkName, Guid? initiatiefId, Guid? conversationId, CancellationToken cancellationToken, DateOnly? digestDate = null, string? detail = null)
    {
        var set = db.Set<CoordinatorTask>();
        if (set.Local.Any(t => t.Key == key) || await set.AsNoTracking().AnyAsync(t => t.Key == key, cancellationToken))
        {
            return;
        }

        set.Add(new CoordinatorTask
        {
            Key = key,
            Kind = kind,
            WijkName = wijkName,
            InitiatiefId = initiatiefId,
            ConversationId = conversationId,
            DigestDate = digestDate,
            Detail = detail,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });

        // The task's coordinators hear about the urgent ones by e-mail too, in the same save.
        switch (kind)
        {
            case CoordinatorTaskKind.HulpNodig:
                await notifier.CheckInNeedsHelpAsync("task:" + key, wijkName, initiatiefId, cancellationToken);
                break;
            case CoordinatorTaskKind.GeenReactie:
                await notifier.CheckInEscalatedAsync("task:" + key, wijkName, initiatiefId, cancellationToken);
                break;
        }
    }

    /// <summary>What the admin page shows a wijk's coordinators: its open tasks and those of no known wijk, oldest first.</summary>
    public async Task<IReadOnlyList<CoordinatorTask>> OpenForWijkAsync(string wijkName, CancellationToken cancellationToken) =>
        await db.Set<CoordinatorTask>().AsNoTracking()
            .Where(t => t.DoneUtc == null && (t.WijkName == wijkName || t.WijkName == null))
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
}
