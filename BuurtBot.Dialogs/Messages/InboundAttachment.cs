namespace BuurtBot.Dialogs.Messages;

/// <summary>A file the resident sent. <see cref="Reference"/> is the channel's own handle (a Telegram file id, a URL), or <c>photo:&lt;id&gt;</c> once the host keeps it.</summary>
public sealed record InboundAttachment(string ContentType, string Reference, string? Name = null)
{
    /// <summary>The prefix of <see cref="Reference"/> for a photo the host checked, cleaned and stored.</summary>
    public const string PhotoPrefix = "photo:";

    /// <summary>Why the host could not keep the file; null when it was kept (or not checked).</summary>
    public AttachmentProblem? Problem { get; init; }

    /// <summary>
    /// Where the photo says it was taken (its own GPS tag, removed from the stored image): only so the
    /// dialog can offer it to the resident as the place. Not kept in the transcript.
    /// </summary>
    public GeoLocation? TakenAt { get; init; }

    /// <summary>True for a photo the host stored (a <c>photo:</c> reference without a problem).</summary>
    public bool IsStoredPhoto => Problem is null && Reference.StartsWith(PhotoPrefix, StringComparison.Ordinal);

    public static InboundAttachment StoredPhoto(Guid id, string? name = null, GeoLocation? takenAt = null) =>
        new("image/jpeg", PhotoPrefix + id.ToString("N"), name) { TakenAt = takenAt };

    public static InboundAttachment Refused(string contentType, AttachmentProblem problem, string? name = null) =>
        new(contentType, "refused", name) { Problem = problem };
}
