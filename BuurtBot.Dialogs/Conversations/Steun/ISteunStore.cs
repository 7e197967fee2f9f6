namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>
/// Support by link, on the turn's unit of work: what a dialog records here is saved with the
/// dialog state and the replies, or not at all.
/// </summary>
public interface ISteunStore
{
    /// <summary>The published initiatief with this share code, as <paramref name="residentId"/> sees it; null for an unknown code or one no longer published.</summary>
    Task<PublishedInitiatief?> FindPublishedAsync(string shareCode, string residentId, CancellationToken cancellationToken);

    /// <summary>Records the resident's support once; saying so again counts nothing.</summary>
    Task<SteunResult> SupportAsync(Guid initiatiefId, string residentId, CancellationToken cancellationToken);
}
