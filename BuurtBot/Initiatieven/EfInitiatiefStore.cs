using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Notifications;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven;

/// <summary>
/// Initiatieven for the conversations, on the turn's own DbContext: nothing is saved here; the
/// turn saves what the dialog changed together with its state and replies. A change is loaded,
/// made by the domain type's transition, and left to that save.
/// </summary>
internal sealed class EfInitiatiefStore(BuurtBotDbContext db, CoordinatorNotifier? notifier = null) : IInitiatiefStore
{
    // The newest similar ones are plenty: a resident is shown a few.
    private const int MaxSimilar = 20;
    private static readonly InitiatiefStatus[] Closed = [InitiatiefStatus.Afgerond, InitiatiefStatus.Afgewezen, InitiatiefStatus.Ingetrokken];

    public async Task<IReadOnlyList<Initiatief>> FindSimilarAsync(string wijk, string? buurt, Thema thema, string title, CancellationToken cancellationToken)
    {
        // Compared on a few columns first: loading (and tracking) 200 whole initiatieven with their
        // afspraken and timelines for every intake cost more than the rest of the turn.
        var open = await db.Initiatieven.AsNoTracking()
            .Where(i => i.WijkName == wijk && !Closed.Contains(i.Status))
            .OrderByDescending(i => i.CreatedAt)
            .Take(200)
            .Select(i => new { i.Id, i.BuurtName, i.Thema, i.Title })
            .ToListAsync(cancellationToken);
        var ids = open
            .Where(i => (buurt is null || i.BuurtName is null || i.BuurtName == buurt) && TitleSimilarity.IsSimilar(i.Thema, i.Title, thema, title))
            .Take(MaxSimilar)
            .Select(i => i.Id)
            .ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var similar = await db.Initiatieven.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        return [.. similar.OrderBy(i => ids.IndexOf(i.Id))];
    }

    public async Task<IReadOnlyList<Initiatief>> ForResidentAsync(string residentId, CancellationToken cancellationToken) =>
        await db.Initiatieven
            .Where(i => i.InitiatiefnemerId == residentId || EF.Property<List<string>>(i, "_medeInitiatiefnemerIds").Contains(residentId))
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);

    public Task<Initiatief?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Initiatieven.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public void Add(Initiatief initiatief)
    {
        db.Initiatieven.Add(initiatief);

        // The chat now belongs to a wijk: its coordinators see it, and only they (and beheerders).
        if (Guid.TryParse(initiatief.InitiatiefnemerId, out var conversationId)
            && db.Conversations.Local.FirstOrDefault(c => c.Id == conversationId) is { } conversation)
        {
            conversation.Wijk = initiatief.WijkName;
        }
    }

    public async Task<Initiatief?> JoinAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = await FindAsync(id, cancellationToken);
        initiatief?.AddMedeInitiatiefnemer(residentId, now);
        return initiatief;
    }

    public async Task<Initiatief> AcceptDealAsync(Guid id, int version, string residentId, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = await LoadAsync(id, cancellationToken);
        initiatief.AcceptDeal(DealSide.Bewoners, version, Actor.Resident(residentId), now);
        if (notifier is not null)
        {
            await notifier.DealAcceptedAsync(id, version, initiatief.WijkName, cancellationToken);
        }
        return initiatief;
    }

    public async Task<Initiatief> PublishAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = await LoadAsync(id, cancellationToken);
        initiatief.Publish(ShareCodes.New(), now);
        return initiatief;
    }

    public async Task<Initiatief> UnpublishAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = await LoadAsync(id, cancellationToken);
        initiatief.Unpublish(now);
        return initiatief;
    }

    public async Task<Initiatief> WithdrawAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = await LoadAsync(id, cancellationToken);
        initiatief.Withdraw(Actor.Resident(residentId), now);
        return initiatief;
    }

    // The dialog read it a moment ago, in most turns on this same context: Find takes the tracked one.
    private async Task<Initiatief> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Initiatieven.FindAsync([id], cancellationToken)
        ?? throw new InvalidOperationException($"No initiatief {id}: a dialog changes only an initiatief it has just found.");
}
