using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// What the conversations need of stored initiatieven. The host implements it on the same unit of
/// work as the turn: what a dialog adds or changes is saved together with the dialog state and
/// the replies, or not at all.
/// </summary>
public interface IInitiatiefStore
{
    /// <summary>
    /// Open initiatieven in the same wijk (and buurt, when known) with a similar title or the same thema,
    /// newest first, at most 20; read-only (not tracked by the turn).
    /// </summary>
    Task<IReadOnlyList<Initiatief>> FindSimilarAsync(string wijk, string? buurt, Thema thema, string title, CancellationToken cancellationToken);

    /// <summary>The initiatieven the resident started or joined, newest first.</summary>
    Task<IReadOnlyList<Initiatief>> ForResidentAsync(string residentId, CancellationToken cancellationToken);

    Task<Initiatief?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A new initiatief, saved with the turn.</summary>
    void Add(Initiatief initiatief);
}
