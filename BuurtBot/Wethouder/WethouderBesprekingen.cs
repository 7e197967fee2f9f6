using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wethouder;

/// <summary>Marks an initiatief "ter bespreking met de wijkwethouder", or takes the mark away: only the wijk's coordinators and the beheerders, audited.</summary>
public sealed class WethouderBesprekingen(BuurtBotDbContext db, AuditLog audit, TimeProvider time)
{
    public Task<WethouderBespreking?> ForAsync(Guid initiatiefId, CancellationToken cancellationToken) =>
        db.Set<WethouderBespreking>().AsNoTracking().FirstOrDefaultAsync(b => b.InitiatiefId == initiatiefId, cancellationToken);

    public async Task<IReadOnlyList<WethouderBespreking>> ForWijkAsync(string wijk, CancellationToken cancellationToken) =>
        (await db.Set<WethouderBespreking>().AsNoTracking().Where(b => b.Wijk == wijk).ToListAsync(cancellationToken))
            .OrderByDescending(b => b.MarkedUtc).ToList();

    /// <returns>A problem to show on the page, or null when marked (a second mark changes the note).</returns>
    public async Task<string?> MarkAsync(Guid initiatiefId, string? note, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var wijk = await WijkOfAsync(initiatiefId, by, cancellationToken);
        var text = (note ?? "").Trim();
        if (text.Length > WethouderBespreking.MaxNoteLength)
        {
            return $"De notitie voor de wijkwethouder is hoogstens {WethouderBespreking.MaxNoteLength} tekens; deze heeft er {text.Length}.";
        }

        var bespreking = await db.Set<WethouderBespreking>().FirstOrDefaultAsync(b => b.InitiatiefId == initiatiefId, cancellationToken);
        if (bespreking is null)
        {
            bespreking = new WethouderBespreking { InitiatiefId = initiatiefId, Wijk = wijk, Note = text, ById = by.Id, ByName = by.FirstName };
            db.Add(bespreking);
        }

        (bespreking.Note, bespreking.ById, bespreking.ByName, bespreking.MarkedUtc) = (text, by.Id, by.FirstName, time.GetUtcNow().UtcDateTime);
        audit.Add(by, AuditActions.WethouderBesprekingMarked, null, $"initiatief {initiatiefId}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task ClearAsync(Guid initiatiefId, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        await WijkOfAsync(initiatiefId, by, cancellationToken);
        if (await db.Set<WethouderBespreking>().FirstOrDefaultAsync(b => b.InitiatiefId == initiatiefId, cancellationToken) is not { } bespreking)
        {
            return; // a colleague was quicker
        }

        db.Remove(bespreking);
        audit.Add(by, AuditActions.WethouderBesprekingCleared, null, $"initiatief {initiatiefId}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> WijkOfAsync(Guid initiatiefId, Coordinator by, CancellationToken cancellationToken)
    {
        var wijk = await db.Initiatieven.AsNoTracking().Where(i => i.Id == initiatiefId).Select(i => i.WijkName).FirstOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No initiatief {initiatiefId}.");
        return by.MayStartPeilingIn(wijk)
            ? wijk
            : throw new UnauthorizedAccessException($"Initiatief {initiatiefId} is in wijk {wijk}; only its coordinators and the beheerders mark it for the wijkwethouder.");
    }
}
