using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Reminders;

/// <summary>
/// The chain after a check-in nobody answers: one reminder after <see cref="SchedulingOptions.ReminderAfter"/>,
/// and after <see cref="SchedulingOptions.EscalateAfter"/> more the coordinator is told and the deal
/// shows "geen reactie". A sweep over the rounds rather than a trigger per round: nothing to lose
/// in an outage, the next sweep simply finds what is due.
/// </summary>
public sealed class ReminderService(
    BuurtBotDbContext db,
    ProactiveMessenger messenger,
    CoordinatorTasks tasks,
    QuietHours quiet,
    IOptions<SchedulingOptions> options,
    TimeProvider time)
{
    public async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var escalated = await EscalateAsync(cancellationToken);

        // The reminder is a message to the resident, so it waits out quiet hours; the next sweep sends it.
        var reminded = quiet.IsQuiet(time.GetUtcNow()) ? 0 : await RemindAsync(cancellationToken);
        return new ReminderRun(reminded, escalated);
    }

    private async Task<int> EscalateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var before = now - options.Value.EscalateAfter;
        var rounds = await db.Set<CheckInRound>()
            .Where(r => r.AnsweredUtc == null && r.EscalatedUtc == null && r.ReminderSentUtc != null && r.ReminderSentUtc <= before)
            .ToListAsync(cancellationToken);
        foreach (var round in rounds)
        {
            round.Escalate(now);
            var plan = await db.Set<MonitoringPlan>().FirstOrDefaultAsync(p => p.InitiatiefId == round.InitiatiefId, cancellationToken);
            plan?.NoResponseSince(round.SentUtc);

            await tasks.AddAsync(CoordinatorTaskKind.GeenReactie, $"geen-reactie:{round.Key}", plan?.WijkName, round.InitiatiefId, round.ConversationId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return rounds.Count;
    }

    private async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.ReminderAfter;
        var ids = await db.Set<CheckInRound>().AsNoTracking()
            .Where(r => r.AnsweredUtc == null && r.ReminderSentUtc == null && r.SentUtc <= before)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var round = await db.Set<CheckInRound>().SingleAsync(r => r.Id == id, cancellationToken);
            if (round is not { AnsweredUtc: null, ReminderSentUtc: null })
            {
                continue; // answered (or reminded by another sweep) since the list was read
            }

            var now = time.GetUtcNow().UtcDateTime;
            var status = await db.Initiatieven.Where(i => i.Id == round.InitiatiefId).Select(i => (InitiatiefStatus?)i.Status).FirstOrDefaultAsync(cancellationToken);
            if (status != InitiatiefStatus.InUitvoering)
            {
                // The deal moved on; nothing to remind about, and nothing to escalate.
                round.CloseUnanswered(now);
            }
            else
            {
                // Marked before the event is stored: the inbox saves the round with it.
                round.Remind(now);
                if (await messenger.FindReachableAsync(round.ConversationId.ToString("D"), cancellationToken) is { } chat)
                {
                    var message = InboundMessage.ForEvent(CheckInDialog.EventName, new CheckInRequest(round.InitiatiefId, round.Key, Reminder: true, AskedUtc: round.SentUtc).ToJson());
                    if (await messenger.SendEventAsync(chat, $"{round.Key}:herinnering", message, cancellationToken))
                    {
                        sent++;
                    }
                }
                else
                {
                    await tasks.AddAsync(CoordinatorTaskKind.Onbereikbaar, $"onbereikbaar:{round.Key}", null, round.InitiatiefId, round.ConversationId, cancellationToken);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}

/// <summary>What one sweep did.</summary>
public sealed record ReminderRun(int Reminded, int Escalated);
