using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>
/// One answer about one afspraak: how it goes, an optional comment or photo, when, and who said
/// it. The afspraak's status follows from it (see <see cref="CheckInProgress"/>); the entries are the history.
/// </summary>
public sealed class MonitoringEntry
{
    public const int MaxCommentLength = 2000;

    /// <summary>A channel's file reference (a Telegram file id, a URL) is short; anything longer is cut.</summary>
    public const int MaxPhotoReferenceLength = 500;

    // For EF Core materialisation, and for the factory below.
    private MonitoringEntry()
    {
        ById = string.Empty;
    }

    public long Id { get; private set; }

    public Guid InitiatiefId { get; private set; }

    public Guid AfspraakId { get; private set; }

    /// <summary>The check-in round this answers; null when a coordinator recorded it outside a round.</summary>
    public string? RoundKey { get; private set; }

    public CheckInProgress Answer { get; private set; }

    /// <summary>Loopt achter or Hulp nodig: worth the coordinator's attention.</summary>
    public bool Flagged { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The channel's reference to the photo (a Telegram file id, a URL); the file itself stays with the channel.</summary>
    public string? PhotoReference { get; private set; }

    public DateTime AtUtc { get; private set; }

    public ActorKind ByKind { get; private set; }

    /// <summary>The resident id (their conversation id) or the coordinator's id.</summary>
    public string ById { get; private set; }

    /// <summary>
    /// What a resident said about one afspraak in a check-in. Anything but "loopt goed" is flagged
    /// for the coordinator; a comment or photo reference too long for its column is cut, not refused,
    /// because the resident's answer counts even when their comment runs long.
    /// </summary>
    public static MonitoringEntry FromResident(
        Guid initiatiefId, Guid afspraakId, string? roundKey, CheckInProgress answer, string? comment, string? photoReference, string residentId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        UtcTime.Require(now, nameof(now));
        return new MonitoringEntry
        {
            InitiatiefId = initiatiefId,
            AfspraakId = afspraakId,
            RoundKey = roundKey,
            Answer = answer,
            Flagged = answer != CheckInProgress.LooptGoed,
            Comment = DomainStrings.Cut(comment, MaxCommentLength),
            PhotoReference = DomainStrings.Cut(photoReference, MaxPhotoReferenceLength),
            AtUtc = now,
            ByKind = ActorKind.Resident,
            ById = residentId,
        };
    }
}
