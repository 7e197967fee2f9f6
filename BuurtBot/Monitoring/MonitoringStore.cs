using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Photos;
using BuurtBot.Reminders;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Monitoring;

/// <summary>
/// The check-in and evaluation dialogs' view of the database. It only adds to and changes the
/// turn's context, never saves: the turn runner saves it with the dialog state and the replies.
/// </summary>
public sealed class MonitoringStore(BuurtBotDbContext db, CoordinatorTasks tasks, TimeProvider time) : IMonitoringStore
{
    public async Task<CheckInSubject?> FindCheckInSubjectAsync(Guid initiatiefId, CancellationToken cancellationToken)
    {
        var initiatief = await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken);
        if (initiatief is not { Status: InitiatiefStatus.InUitvoering, Deal: { } deal })
        {
            return null;
        }

        // Only what is to be done now, named as agreed: not what is done, nor what starts later.
        var today = AmsterdamTime.DateOf(time.GetUtcNow());
        var open = deal.AfsprakenOf(DealSide.Bewoners).Where(a => a.IsUnderway(today)).Select(a => new OpenAfspraak(a.Id, a.Description, a.DueDate)).ToList();
        return new CheckInSubject(initiatief.Id, initiatief.Title, open);
    }

    public async Task RecordCheckInAsync(CheckInAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var now = time.GetUtcNow().UtcDateTime;
        var initiatief = await db.Initiatieven.FirstOrDefaultAsync(i => i.Id == answer.InitiatiefId, cancellationToken);
        var afspraak = initiatief?.Deal?.Afspraken.FirstOrDefault(a => a.Id == answer.AfspraakId);

        // Every answer means the afspraak is underway; done or failed is the coordinator's call.
        if (initiatief is { Status: InitiatiefStatus.InUitvoering or InitiatiefStatus.Evaluatie } && afspraak is { Status: AfspraakStatus.Open })
        {
            initiatief.UpdateAfspraakProgress(afspraak.Id, AfspraakStatus.Bezig, now);
        }

        db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(
            answer.InitiatiefId, answer.AfspraakId, answer.RoundKey, answer.Progress, answer.Comment, answer.PhotoReference, answer.ResidentId, now));
        if (answer.PhotoReference is { } photo)
        {
            // The photo shows how the afspraak goes: it belongs to the initiatief now (its page shows it, its end erases it).
            await new PhotoLinks(db).LinkToInitiatiefAsync(answer.ResidentId, [photo], answer.InitiatiefId, cancellationToken);
        }

        var round = await db.Set<CheckInRound>().FirstOrDefaultAsync(r => r.Key == answer.RoundKey, cancellationToken);
        round?.Answer(now);

        var plan = await db.Set<MonitoringPlan>().FirstOrDefaultAsync(p => p.InitiatiefId == answer.InitiatiefId, cancellationToken);
        plan?.Responded();

        if (answer.Progress == CheckInProgress.HulpNodig)
        {
            await tasks.AddAsync(CoordinatorTaskKind.HulpNodig, $"hulp:{answer.RoundKey}:{answer.AfspraakId:D}", initiatief?.WijkName, answer.InitiatiefId,
                Guid.TryParse(answer.ResidentId, out var conversationId) ? conversationId : null, cancellationToken);
        }
    }

    public async Task RequestHelpAsync(Guid conversationId, Guid initiatiefId, CancellationToken cancellationToken)
    {
        // The turn runner holds this conversation tracked; changing that instance is what gets saved,
        // with the turn and its version check. (HandoffService.RequestHumanAsync runs its own
        // transaction and bumps the version, which would make this very turn fail to save.)
        var conversation = db.Conversations.Local.FirstOrDefault(c => c.Id == conversationId)
            ?? await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is { Owner: ConversationOwner.Bot })
        {
            conversation.Owner = ConversationOwner.Queue;
            conversation.QueuedUtc = time.GetUtcNow().UtcDateTime;
        }
    }

    public async Task<string?> FindEvaluatieTitleAsync(Guid initiatiefId, CancellationToken cancellationToken) =>
        await db.Initiatieven.AsNoTracking()
            .Where(i => i.Id == initiatiefId && i.Status == InitiatiefStatus.Evaluatie)
            .Select(i => i.Title)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task StoreEvaluatieAsync(EvaluatieAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(
            answer.InitiatiefId, answer.Satisfaction, answer.WentWell, answer.CouldBeBetter, answer.WouldDoAgain, answer.ResidentId, time.GetUtcNow().UtcDateTime));
        var wijk = await db.Initiatieven.AsNoTracking().Where(i => i.Id == answer.InitiatiefId).Select(i => i.WijkName).FirstOrDefaultAsync(cancellationToken);
        await tasks.AddAsync(CoordinatorTaskKind.EvaluatieIngevuld, $"evaluatie-ingevuld:{answer.InitiatiefId:D}", wijk, answer.InitiatiefId, null, cancellationToken);
    }
}
