using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Buurtbegroting;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Updates;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Monitoring.Evaluations;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven;

/// <summary>
/// What a coordinator does with an initiatief: move it along, propose and change the buurtdeal,
/// accept it for the gemeente. Each change is saved with the residents' notice in one transaction,
/// checked against the coordinator's wijken, and written to the audit log.
/// </summary>
public sealed class InitiatiefWorkflow(
    BuurtBotDbContext db,
    ResidentNotifier notifier,
    AuditLog audit,
    EvaluatieStarter evaluaties,
    Buurtbegrotingen begrotingen,
    TimeProvider time)
{
    public async Task<Initiatief> MoveAsync(Guid id, InitiatiefStatus to, Coordinator coordinator, string? reason, CancellationToken cancellationToken)
    {
        var moved = await ChangeAsync(id, coordinator, $"initiatief-{to}", reason, (initiatief, now) =>
        {
            initiatief.MoveTo(to, Actor.Coordinator(coordinator.Id), now, reason);
            var entry = initiatief.Timeline.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
            return (StatusUpdateDialog.DialogId, $"status:{initiatief.Id:N}:{entry.Id:N}", initiatief.Id.ToString());
        }, cancellationToken);

        // The status notice promises the resident a few questions: the evaluation job asks them
        // (outside quiet hours, once per deal), as it does at the deal's end date.
        if (to == InitiatiefStatus.Evaluatie)
        {
            await evaluaties.StartAsync(id, coordinator.Id, cancellationToken);
        }

        return moved;
    }

    /// <summary>Proposes the deal; without afspraken given, the resident's own wederkerigheid proposal is the start.</summary>
    public Task<Initiatief> ProposeDealAsync(Guid id, IReadOnlyList<AfspraakDraft>? afspraken, Coordinator coordinator, CancellationToken cancellationToken) =>
        ChangeAsync(id, coordinator, "deal-proposed", null, (initiatief, now) =>
        {
            var deal = initiatief.ProposeDeal(afspraken is { Count: > 0 } ? afspraken : initiatief.Voorstel, Actor.Coordinator(coordinator.Id), now);
            return (DealReviewDialog.DialogId, DealEventId(initiatief), new DealReviewRequest(initiatief.Id, DealReviewRequest.Of(deal)).ToJson());
        }, cancellationToken);

    // Edits to single afspraken reach the resident only when the coordinator sends the version
    // (SendDealAsync): one message per version, not one whole deal per edit.
    public Task<Initiatief> AddAfspraakAsync(Guid id, AfspraakDraft afspraak, Coordinator coordinator, CancellationToken cancellationToken) =>
        ChangeAsync(id, coordinator, "afspraak-added", afspraak.Description, (initiatief, now) =>
        {
            initiatief.AddAfspraak(afspraak, now);
            return null;
        }, cancellationToken);

    public Task<Initiatief> ChangeAfspraakAsync(Guid id, Guid afspraakId, string description, decimal? amount, DateOnly? due, DateOnly? start, Coordinator coordinator, CancellationToken cancellationToken) =>
        ChangeAsync(id, coordinator, "afspraak-changed", description, (initiatief, now) =>
        {
            initiatief.ChangeAfspraak(afspraakId, description, amount, due, start, now);
            return null;
        }, cancellationToken);

    public Task<Initiatief> RemoveAfspraakAsync(Guid id, Guid afspraakId, Coordinator coordinator, CancellationToken cancellationToken) =>
        ChangeAsync(id, coordinator, "afspraak-removed", null, (initiatief, now) =>
        {
            initiatief.RemoveAfspraak(afspraakId, now);
            return null;
        }, cancellationToken);

    /// <summary>
    /// Sends the deal as it is now to the resident, as one message saying what changed since the
    /// version they were sent before (from that earlier notice in the inbox). Sending the same
    /// version twice tells them once.
    /// </summary>
    public async Task<Initiatief> SendDealAsync(Guid id, Coordinator coordinator, CancellationToken cancellationToken)
    {
        var prefix = $"deal:{id:N}:v";
        var earlier = await db.Inbox.AsNoTracking()
            .Where(i => i.ChannelMessageId.StartsWith(prefix))
            .OrderByDescending(i => i.Id)
            .Select(i => i.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        var seen = earlier is null ? null : DealReviewRequest.Parse(MessageJson.ReadInbound(earlier).Value)?.Afspraken;
        return await ChangeAsync(id, coordinator, "deal-sent", null, (initiatief, _) =>
        {
            if (initiatief.Deal is not { IsClosed: false } deal)
            {
                throw new InvalidOperationException("Only an open buurtdeal can be sent to the resident.");
            }

            return (DealReviewDialog.DialogId, DealEventId(initiatief), new DealReviewRequest(initiatief.Id, DealReviewRequest.Of(deal), seen).ToJson());
        }, cancellationToken);
    }

    private static string DealEventId(Initiatief initiatief) => $"deal:{initiatief.Id:N}:v{initiatief.Deal!.Version}";

    /// <summary>
    /// The gemeente's yes to the version the coordinator saw; when the bewoners said yes too, the deal closes.
    /// With the buurtbegroting on, a deal whose gemeente amounts do not fit in what is left of the wijk's
    /// budget this year is refused (<see cref="Dialogs.Domain.Buurtbegrotingen.BuurtbegrotingOverschredenException"/>),
    /// unless a beheerder confirms going over it.
    /// </summary>
    public async Task<Initiatief> AcceptForGemeenteAsync(Guid id, int version, Coordinator coordinator, CancellationToken cancellationToken, bool overBudgetConfirmed = false)
    {
        var over = await begrotingen.CheckAcceptanceAsync(await FindAsync(id, coordinator, cancellationToken), coordinator, overBudgetConfirmed, cancellationToken);
        return await ChangeAsync(id, coordinator, "deal-accepted-gemeente", over ? $"v{version}, boven de buurtbegroting (bevestigd)" : $"v{version}", (initiatief, now) =>
        {
            initiatief.AcceptDeal(DealSide.Gemeente, version, Actor.Coordinator(coordinator.Id), now);
            return initiatief.Deal!.IsClosed
                ? (StatusUpdateDialog.DialogId, $"status:{initiatief.Id:N}:closed", initiatief.Id.ToString())
                : null;
        }, cancellationToken);
    }

    /// <summary>
    /// The coordinator read and dealt with what a resident asked to change in the deal. Nothing is
    /// sent: the answer is the changed deal (which tells the resident) or a reply in the chat.
    /// </summary>
    public async Task MarkChangeRequestHandledAsync(Guid id, long requestId, Coordinator coordinator, CancellationToken cancellationToken)
    {
        await FindAsync(id, coordinator, cancellationToken);
        var request = await db.DealChangeRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.InitiatiefId == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Initiatief {id} has no change request {requestId}.");
        if (request.IsHandled)
        {
            return; // a second click, or a colleague was quicker
        }

        request.MarkHandled(time.GetUtcNow().UtcDateTime);
        audit.Add(coordinator, "deal-change-handled", null, $"initiatief {id}: verzoek {requestId}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Initiatief> FindAsync(Guid id, Coordinator coordinator, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var initiatief = await db.Initiatieven.FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"No initiatief {id}.");
        if (!coordinator.MayOpen(initiatief.WijkName))
        {
            throw new UnauthorizedAccessException($"Initiatief {id} is in wijk {initiatief.WijkName}, not one of this coordinator's.");
        }

        return initiatief;
    }

    private async Task<Initiatief> ChangeAsync(
        Guid id,
        Coordinator coordinator,
        string action,
        string? detail,
        Func<Initiatief, DateTime, (string Event, string EventId, string Argument)?> change,
        CancellationToken cancellationToken)
    {
        var initiatief = await FindAsync(id, coordinator, cancellationToken);
        var notice = change(initiatief, time.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Add(coordinator, action, null, detail is null ? $"initiatief {id}" : $"initiatief {id}: {detail}");
        await db.SaveChangesAsync(cancellationToken);
        if (notice is { } n)
        {
            await notifier.NotifyAsync([initiatief.InitiatiefnemerId, .. initiatief.MedeInitiatiefnemerIds], n.Event, n.Argument, n.EventId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        return initiatief;
    }
}
