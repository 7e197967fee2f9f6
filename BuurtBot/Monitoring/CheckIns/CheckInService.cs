using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Reminders;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>
/// Sends the check-in that is due for one deal: the resident side as a "checkin" event in their
/// own chat, the gemeente side as a task for the coordinators. What <see cref="CheckInJob"/> does
/// when a trigger fires, as a plain service so tests can drive it with a fake clock.
/// </summary>
public sealed class CheckInService(
    BuurtBotDbContext db,
    ProactiveMessenger messenger,
    CoordinatorTasks tasks,
    QuietHours quiet,
    IOptions<SchedulingOptions> options,
    TimeProvider time)
{
    /// <param name="due">The round to send; null for the latest one due now (a regular or misfired fire).</param>
    public async Task<CheckInOutcome> SendDueAsync(Guid initiatiefId, DateTimeOffset? due, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var plan = await db.Set<MonitoringPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.InitiatiefId == initiatiefId, cancellationToken);
        if (plan is null)
        {
            return new CheckInOutcome(CheckInStatus.NotInUitvoering);
        }

        var every = plan.CadenceOr(options.Value.CheckInEvery);
        if ((due ?? CheckInCadence.LatestDue(new DateTimeOffset(plan.FirstCheckInUtc), every, now)) is not { } dueAt)
        {
            return new CheckInOutcome(CheckInStatus.NotDue);
        }

        if (quiet.IsQuiet(now))
        {
            return new CheckInOutcome(CheckInStatus.Deferred, dueAt, quiet.NextAllowed(now));
        }

        var initiatief = await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken);
        if (initiatief is not { Status: InitiatiefStatus.InUitvoering, Deal: { } deal })
        {
            return new CheckInOutcome(CheckInStatus.NotInUitvoering, dueAt);
        }

        var key = CheckInCadence.RoundKey(deal.Id, dueAt, every);
        var today = AmsterdamTime.DateOf(now);
        if (deal.AfsprakenOf(DealSide.Gemeente).Any(a => a.IsUnderway(today)))
        {
            // Wederkerigheid both ways: the gemeente's afspraken get the same question, through its coordinators.
            await tasks.AddAsync(CoordinatorTaskKind.GemeenteCheckIn, $"gemeente:{key}", initiatief.WijkName, initiatief.Id, null, cancellationToken);
        }

        var outcome = await SendToResidentAsync(initiatief, deal, key, today, cancellationToken) with { Due = dueAt, RoundKey = key };
        await SaveAsync(cancellationToken);
        return outcome;
    }

    private async Task<CheckInOutcome> SendToResidentAsync(Initiatief initiatief, Buurtdeal deal, string key, DateOnly today, CancellationToken cancellationToken)
    {
        // Nothing the bewoners do now (all done, or all starting later): no check-in that asks nothing.
        if (!deal.AfsprakenOf(DealSide.Bewoners).Any(a => a.IsUnderway(today)))
        {
            return new CheckInOutcome(CheckInStatus.NothingToAsk);
        }

        if (await db.Set<CheckInRound>().AnyAsync(r => r.Key == key, cancellationToken))
        {
            return new CheckInOutcome(CheckInStatus.AlreadySent);
        }

        if (await messenger.FindReachableAsync(initiatief.InitiatiefnemerId, cancellationToken) is not { } chat)
        {
            await tasks.AddAsync(CoordinatorTaskKind.Onbereikbaar, $"onbereikbaar:{key}", initiatief.WijkName, initiatief.Id, null, cancellationToken);
            return new CheckInOutcome(CheckInStatus.Unreachable);
        }

        // Tracked now, saved by the inbox together with the event.
        db.Set<CheckInRound>().Add(CheckInRound.Send(key, initiatief.Id, deal.Id, chat.ConversationId, time.GetUtcNow().UtcDateTime));
        var message = InboundMessage.ForEvent(CheckInDialog.EventName, new CheckInRequest(initiatief.Id, key).ToJson());
        var stored = await messenger.SendEventAsync(chat, key, message, cancellationToken);
        return new CheckInOutcome(stored ? CheckInStatus.Sent : CheckInStatus.AlreadySent);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another fire of the same round stored it (and its tasks) first.
            db.ChangeTracker.Clear();
        }
    }
}
