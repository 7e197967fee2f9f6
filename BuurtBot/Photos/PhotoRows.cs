using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;

namespace BuurtBot.Photos;

/// <summary>How a received photo becomes its row and its bytes, in the inbox's save.</summary>
internal static class PhotoRows
{
    public static Task AddAsync(BuurtBotDbContext db, IPhotoContentStore contents, Guid conversationId, ReceivedPhoto received, DateTime now, CancellationToken cancellationToken)
    {
        db.Photos.Add(new Photo
        {
            Id = received.Id,
            ConversationId = conversationId,
            ReceivedUtc = now,
            Width = received.Photo.Width,
            Height = received.Photo.Height,
            ByteCount = received.Photo.Jpeg.Length,
            StoredIn = contents.Kind.ToString(),
        });
        return contents.PutAsync(db, received.Id, received.Photo, cancellationToken);
    }

    public static InboundMessage WithoutPositions(InboundMessage message) =>
        message.Attachments.Any(a => a.TakenAt is not null)
            ? message with { Attachments = [.. message.Attachments.Select(a => a with { TakenAt = null })] }
            : message;
}
