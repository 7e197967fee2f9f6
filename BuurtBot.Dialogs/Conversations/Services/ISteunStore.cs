namespace BuurtBot.Dialogs.Conversations.Services;

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

/// <summary>What a neighbour sees of a published initiatief: only what its initiatiefnemer agreed to make public.</summary>
public sealed record PublishedInitiatief(Guid Id, string Title, string Wijk, string Description, int Supporters, bool IsOwn);

/// <summary>What tapping "Ik steun dit" did, and how many residents support the initiatief with this turn saved.</summary>
public sealed record SteunResult(SteunOutcome Outcome, int Supporters);

public enum SteunOutcome
{
    Counted,
    AlreadySupported,

    /// <summary>An initiatiefnemer (or mede-initiatiefnemer) tapped their own link: they are behind it already, so it is not counted again.</summary>
    OwnInitiatief,
}
