using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Reminders;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Monitoring.Evaluations;

/// <summary>
/// Starts the evaluation of a deal: the initiatief moves to Evaluatie and the resident gets the
/// "evaluatie" dialog in their chat. Outside quiet hours only; the job tries again after them.
/// </summary>
public sealed class EvaluatieService(
    BuurtBotDbContext db,
    ProactiveMessenger messenger,
    CoordinatorTasks tasks,
    QuietHours quiet,
    TimeProvider time)
{
    public async Task<EvaluatieOutcome> StartAsync(Guid initiatiefId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        if (quiet.IsQuiet(now))
        {
            return new EvaluatieOutcome(EvaluatieStatus.Deferred, quiet.NextAllowed(now));
        }

        var initiatief = await db.Initiatieven.FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken);
        if (initiatief is not { Deal: { } deal } || initiatief.Status is not (InitiatiefStatus.InUitvoering or InitiatiefStatus.Evaluatie))
        {
            return new EvaluatieOutcome(EvaluatieStatus.NotApplicable);
        }

        if (initiatief.Status == InitiatiefStatus.InUitvoering)
        {
            initiatief.StartEvaluatie(actor, now.UtcDateTime);
        }

        var key = $"evaluatie:{deal.Id:D}";
        var status = EvaluatieStatus.Sent;
        if (await messenger.FindReachableAsync(initiatief.InitiatiefnemerId, cancellationToken) is { } chat)
        {
            // The inbox saves the move to Evaluatie with the event.
            var message = InboundMessage.ForEvent(EvaluatieDialog.EventName, initiatief.Id.ToString("D"));
            status = await messenger.SendEventAsync(chat, key, message, cancellationToken) ? EvaluatieStatus.Sent : EvaluatieStatus.AlreadySent;
        }
        else
        {
            await tasks.AddAsync(CoordinatorTaskKind.Onbereikbaar, $"onbereikbaar:{key}", initiatief.WijkName, initiatief.Id, null, cancellationToken);
            status = EvaluatieStatus.Unreachable;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new EvaluatieOutcome(status);
    }
}

public enum EvaluatieStatus
{
    Sent,
    AlreadySent,
    Deferred,
    NotApplicable,
    Unreachable,
}

public sealed record EvaluatieOutcome(EvaluatieStatus Status, DateTimeOffset? RetryAt = null);
