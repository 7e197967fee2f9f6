using BuurtBot.Dialogs.Conversations.Services;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Residents;

/// <summary>
/// Initiatieven for the conversations, on the turn's own DbContext: nothing is saved here; the
/// turn saves what the dialog changed together with its state and replies.
/// </summary>
internal sealed class EfInitiatiefStore(BuurtBotDbContext db) : IInitiatiefStore
{
    private static readonly InitiatiefStatus[] Closed = [InitiatiefStatus.Afgerond, InitiatiefStatus.Afgewezen, InitiatiefStatus.Ingetrokken];

    public async Task<IReadOnlyList<Initiatief>> FindSimilarAsync(string wijk, string? buurt, Thema thema, string title, CancellationToken cancellationToken)
    {
        var open = await db.Initiatieven
            .Where(i => i.WijkName == wijk && !Closed.Contains(i.Status))
            .OrderByDescending(i => i.CreatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. open.Where(i => (buurt is null || i.BuurtName is null || i.BuurtName == buurt) && TitleSimilarity.IsSimilar(i, thema, title))];
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
}
