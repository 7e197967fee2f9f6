using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;

namespace BuurtBot.Photos;

/// <summary>The photos a resident's line in the chat carries, for the coordinator's chat view: kept ones by id, refused ones by why.</summary>
public static class TranscriptPhotos
{
    public static IReadOnlyList<Guid> Kept(TranscriptEntry line) =>
        [.. AttachmentsOf(line).Select(a => PhotoLinks.IdOf(a.IsStoredPhoto ? a.Reference : null)).OfType<Guid>()];

    public static IReadOnlyList<string> Refused(TranscriptEntry line) =>
        [.. AttachmentsOf(line).Where(a => a.Problem is not null).Select(a => a.Problem switch
        {
            AttachmentProblem.TooLarge => "foto niet bewaard: te groot",
            AttachmentProblem.TooManyPixels => "foto niet bewaard: te veel pixels",
            AttachmentProblem.Unavailable => "foto niet bewaard: niet op te halen",
            _ => "bestand niet bewaard: geen foto",
        })];

    private static IReadOnlyList<InboundAttachment> AttachmentsOf(TranscriptEntry line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Author == TranscriptAuthor.Resident && line.Payload.Contains("attachments", StringComparison.OrdinalIgnoreCase)
            ? MessageJson.ReadInbound(line.Payload).Attachments
            : [];
    }
}
