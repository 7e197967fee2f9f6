namespace BuurtBot.Storage;

/// <summary>
/// One chat with one resident on one channel. Ownership is a field, never implied:
/// the bot answers only while <see cref="Owner"/> is <see cref="ConversationOwner.Bot"/>.
/// </summary>
public sealed class Conversation
{
    public Guid Id { get; set; }

    /// <summary>The channel's name: <c>webchat</c>, <c>telegram</c>, <c>teams</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>The channel's own id for this chat (Direct Line conversation id, Telegram chat id, ...).</summary>
    public required string ChannelConversationId { get; set; }

    public ConversationOwner Owner { get; set; } = ConversationOwner.Bot;

    /// <summary>The coordinator holding the chat when <see cref="Owner"/> is Coordinator.</summary>
    public string? OwnerCoordinatorId { get; set; }

    /// <summary>The serialized dialog stack and conversation state.</summary>
    public string? DialogState { get; set; }

    public string Locale { get; set; } = "nl-NL";

    /// <summary>
    /// The wijk (its name in the area catalogue) the chat is about; it decides which coordinators
    /// see it. Null until known: then every coordinator sees it.
    /// </summary>
    public string? Wijk { get; set; }

    /// <summary>The buurt within <see cref="Wijk"/> (its name in the area catalogue), when the resident said; peilingen can target a buurt.</summary>
    public string? Buurt { get; set; }

    /// <summary>
    /// When the resident agreed to receive peilingen and the yearly wijkagenda question; null when
    /// they did not (or said "geen peilingen"). Asked once, in plain words.
    /// </summary>
    public DateTime? PeilingenConsentUtc { get; set; }

    /// <summary>When the resident was asked about peilingen, whatever they answered, so they are asked only once.</summary>
    public DateTime? PeilingenAskedUtc { get; set; }

    /// <summary>When the resident asked for a person and the chat joined the queue; null when not waiting.</summary>
    public DateTime? QueuedUtc { get; set; }

    /// <summary>What the channel needs to reach the resident later (a Teams serviceUrl, ...), as JSON.</summary>
    public string? ChannelData { get; set; }

    /// <summary>The channel said it cannot deliver (the resident blocked the bot); nothing is sent until they return.</summary>
    public bool Unreachable { get; set; }

    /// <summary>When the resident agreed to the privacy notice; null until then (and again after "vergeet mij").</summary>
    public DateTime? ConsentUtc { get; set; }

    /// <summary>
    /// When "vergeet mij" erased everything of this resident but the goodbye and the channel's handle
    /// to deliver it; the privacy sweep removes the rest once the goodbye is out. Null otherwise.
    /// </summary>
    public DateTime? ErasedUtc { get; set; }

    /// <summary>
    /// The last transcript line the resident's client fetched, on a channel whose clients fetch their
    /// replies (Direct Line): there a stored goodbye is not yet a delivered one, and the sweep must not
    /// take the conversation away before the page has read it. Kept only while the chat has no consent
    /// (a new chat, or one just erased), so an ordinary read writes nothing.
    /// </summary>
    public long? FetchedTranscriptId { get; set; }

    /// <summary>Application-managed optimistic-concurrency token: two turns can never both win.</summary>
    public int Version { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
