using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Photos;

/// <summary>
/// What every channel does with the bytes of a file a resident sent: checked and cleaned by
/// <see cref="PhotoSanitizer"/>, then either a <c>photo:</c> attachment and the photo to store with
/// the message, or an attachment that says why it was refused (the dialog answers it kindly, nothing is kept).
/// </summary>
public sealed class PhotoReceiver(PhotoSanitizer sanitizer)
{
    public (InboundAttachment Attachment, ReceivedPhoto? Photo) Receive(ReadOnlyMemory<byte> bytes, string declaredType, string? name)
    {
        var check = sanitizer.Check(bytes);
        if (check.Photo is not { } clean)
        {
            return (InboundAttachment.Refused(declaredType, check.Problem!.Value, name), null);
        }

        var id = Guid.NewGuid();
        return (InboundAttachment.StoredPhoto(id, name, clean.TakenAt), new ReceivedPhoto(id, clean));
    }

    /// <summary>A file the channel could not hand us, or one too large to fetch: said so, nothing kept.</summary>
    public static InboundAttachment Unavailable(string declaredType, string? name, AttachmentProblem problem = AttachmentProblem.Unavailable) =>
        InboundAttachment.Refused(declaredType, problem, name);
}
