using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Fetches the files of a Telegram message (a photo, or an image sent as a document) through the Bot
/// API's <c>getFile</c> and its file download, before the update is stored: the inbox gets the clean
/// photo or a refused attachment, never Telegram's file id (which would let anyone with the token fetch it again).
/// </summary>
internal sealed partial class TelegramPhotoDownloader(
    ITelegramBotClient bot,
    PhotoReceiver receiver,
    IOptions<PhotosOptions> photos,
    ILogger<TelegramPhotoDownloader> logger)
{
    public async Task<(InboundMessage Message, IReadOnlyList<ReceivedPhoto> Photos)> FetchAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Attachments.Count == 0)
        {
            return (message, []);
        }

        var attachments = new List<InboundAttachment>();
        var received = new List<ReceivedPhoto>();
        foreach (var attachment in message.Attachments)
        {
            var (kept, photo) = await FetchAsync(attachment, cancellationToken);
            attachments.Add(kept);
            if (photo is not null)
            {
                received.Add(photo);
            }
        }

        return (message with { Attachments = attachments }, received);
    }

    private async Task<(InboundAttachment, ReceivedPhoto?)> FetchAsync(InboundAttachment attachment, CancellationToken cancellationToken)
    {
        // A document that says it is no image (a PDF, a video) is not fetched at all.
        if (!attachment.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name, AttachmentProblem.NotAPhoto), null);
        }

        try
        {
            var file = await bot.GetFile(attachment.Reference, cancellationToken);
            if (file.FileSize > photos.Value.MaxBytes)
            {
                return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name, AttachmentProblem.TooLarge), null);
            }

            if (file.FilePath is not { Length: > 0 } path)
            {
                return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name), null);
            }

            using var buffer = new MemoryStream();
            await bot.DownloadFile(path, buffer, cancellationToken);
            return receiver.Receive(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), attachment.ContentType, attachment.Name);
        }
        catch (Exception ex) when (ex is ApiRequestException or RequestException or HttpRequestException)
        {
            LogFetchFailed(ex.GetType().Name);
            return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name), null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Telegram photo could not be fetched ({Error}); the resident is asked to send it again")]
    private partial void LogFetchFailed(string error);
}
