using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Scheduling.Monitoring;

/// <summary>
/// One answer about one afspraak: how it goes, an optional comment or photo, when, and who said
/// it. The afspraak's status follows from it (see <see cref="CheckInProgress"/>); the entries are the history.
/// </summary>
public sealed class MonitoringEntry
{
    public const int MaxCommentLength = 2000;

    public long Id { get; set; }

    public Guid InitiatiefId { get; set; }

    public Guid AfspraakId { get; set; }

    /// <summary>The check-in round this answers; null when a coordinator recorded it outside a round.</summary>
    public string? RoundKey { get; set; }

    public CheckInProgress Answer { get; set; }

    /// <summary>Loopt achter or Hulp nodig: worth the coordinator's attention.</summary>
    public bool Flagged { get; set; }

    public string? Comment { get; set; }

    /// <summary>The channel's reference to the photo (a Telegram file id, a URL); the file itself stays with the channel.</summary>
    public string? PhotoReference { get; set; }

    public DateTime AtUtc { get; set; }

    public ActorKind ByKind { get; set; }

    /// <summary>The resident id (their conversation id) or the coordinator's id.</summary>
    public required string ById { get; set; }
}
