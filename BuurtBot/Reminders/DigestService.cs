using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Notifications;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Reminders;

/// <summary>
/// The coordinators' daily digest of work that is waiting too long: initiatieven Ingediend for more
/// than <see cref="SchedulingOptions.StaleAfterWorkingDays"/> working days without a move, and chats
/// in the queue since before the end of the last office day. Written as task rows per wijk
/// (coordinators cannot be messaged yet), one per item per day.
/// </summary>
public sealed class DigestService(BuurtBotDbContext db, CoordinatorTasks tasks, CoordinatorNotifier notifier, IOptions<SchedulingOptions> options, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = AmsterdamTime.DateOf(now);
        var added = 0;

        var ingediend = await db.Initiatieven.AsNoTracking()
            .Where(i => i.Status == InitiatiefStatus.Ingediend)
            .Select(i => new { i.Id, i.WijkName, LastMove = i.Timeline.Max(t => (DateTime?)t.At) ?? i.CreatedAt })
            .ToListAsync(cancellationToken);
        foreach (var item in ingediend.Where(i => WorkingDays.Between(AmsterdamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(i.LastMove, DateTimeKind.Utc))), today) > options.Value.StaleAfterWorkingDays))
        {
            await tasks.AddAsync(CoordinatorTaskKind.IngediendBlijftLiggen, $"digest:{today:yyyy-MM-dd}:ingediend:{item.Id:D}", item.WijkName, item.Id, null, cancellationToken, today);
            added++;
        }

        // A chat queued before the last office day ended has waited past office hours.
        var lastClose = AmsterdamTime.At(WorkingDays.Previous(today), options.Value.OfficeHoursEnd).UtcDateTime;
        var queued = await db.Conversations.AsNoTracking()
            .Where(c => c.Owner == ConversationOwner.Queue && (c.QueuedUtc ?? c.UpdatedUtc) < lastClose)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var conversationId in queued)
        {
            var residentId = conversationId.ToString("D");
            var wijk = await db.Initiatieven.AsNoTracking().Where(i => i.InitiatiefnemerId == residentId)
                .OrderByDescending(i => i.UpdatedAt).Select(i => i.WijkName).FirstOrDefaultAsync(cancellationToken);
            await tasks.AddAsync(CoordinatorTaskKind.WachtInQueue, $"digest:{today:yyyy-MM-dd}:queue:{conversationId:D}", wijk, null, conversationId, cancellationToken, today);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        // The morning e-mail counts what is open now, today's new tasks included (so after their save).
        await notifier.DailySummaryAsync(today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
