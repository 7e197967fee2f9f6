using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// What the conversations need of stored initiatieven. The host implements it on the same unit of
/// work as the turn: what a dialog adds or changes is saved together with the dialog state and
/// the replies, or not at all. Dialogs read what they get; every change is one of the operations
/// below, each a transition of the domain type (which keeps its rules and its exceptions).
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

    /// <summary>The resident joins as mede-initiatiefnemer; the initiatief joined, or null when there is none with this id.</summary>
    Task<Initiatief?> JoinAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken);

    /// <summary>The resident accepts <paramref name="version"/> of the proposed deal for the bewoners; the initiatief after it.</summary>
    /// <exception cref="StaleDealVersionException">The deal changed since the version that was shown.</exception>
    Task<Initiatief> AcceptDealAsync(Guid id, int version, string residentId, DateTime now, CancellationToken cancellationToken);

    /// <summary>Makes it public with a new share code, or the one it had; the initiatief after it.</summary>
    Task<Initiatief> PublishAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>Takes it off the map, the open data and its share link; the initiatief after it.</summary>
    Task<Initiatief> UnpublishAsync(Guid id, DateTime now, CancellationToken cancellationToken);

    /// <summary>The initiatiefnemer withdraws it; the initiatief after it.</summary>
    Task<Initiatief> WithdrawAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken);
}
