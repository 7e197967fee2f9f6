using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Fetches the images of a Teams message before it is stored. An image in a personal chat lives
/// behind the Bot Connector and needs the bot's token; the token goes only to the host of the
/// conversation's serviceUrl (and only when <see cref="ServiceUrlPolicy.MaySendToken"/> allows it at
/// all), never to another host an activity names. A file's download URL is pre-authenticated and
/// fetched without it. Without authentication only loopback or allowlisted hosts are fetched.
/// </summary>
internal sealed partial class TeamsPhotoDownloader(
    IHttpClientFactory httpClients,
    TeamsTokenProvider tokens,
    ServiceUrlPolicy serviceUrls,
    PhotoReceiver receiver,
    IOptions<PhotosOptions> photos,
    ILogger<TeamsPhotoDownloader> logger)
{
    public const string HttpClientName = "BuurtBot.Teams.Attachments";

    public async Task<InboundEnvelope> FetchAsync(InboundEnvelope envelope, TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        if (envelope.Message.Attachments.Count == 0)
        {
            return envelope;
        }

        var attachments = new List<InboundAttachment>();
        var received = new List<ReceivedPhoto>();
        foreach (var attachment in envelope.Message.Attachments)
        {
            var (kept, photo) = attachment.Problem is null ? await FetchAsync(attachment, reference, cancellationToken) : (attachment, null);
            attachments.Add(kept);
            if (photo is not null)
            {
                received.Add(photo);
            }
        }

        return envelope with { Message = envelope.Message with { Attachments = attachments }, Photos = received };
    }

    private async Task<(InboundAttachment, ReceivedPhoto?)> FetchAsync(InboundAttachment attachment, TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        var preAuthenticated = attachment.Reference.StartsWith(TeamsActivityTranslator.FileDownloadPrefix, StringComparison.Ordinal);
        var url = preAuthenticated ? attachment.Reference[TeamsActivityTranslator.FileDownloadPrefix.Length..] : attachment.Reference;
        if (!ServiceUrlPolicy.IsAcceptable(url, out var uri) || (!reference.Authenticated && !serviceUrls.AcceptsUnauthenticated(uri!)))
        {
            return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name), null);
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (!preAuthenticated && serviceUrls.MaySendToken(reference) && SameHost(uri!, reference.ServiceUrl))
            {
                request.Headers.Authorization = new("Bearer", await tokens.GetTokenAsync(cancellationToken));
            }

            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFetchFailed((int)response.StatusCode);
                return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name), null);
            }

            var max = photos.Value.MaxBytes;
            if (response.Content.Headers.ContentLength > max)
            {
                return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name, AttachmentProblem.TooLarge), null);
            }

            using var buffer = new MemoryStream();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max)
                {
                    return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name, AttachmentProblem.TooLarge), null);
                }
            }

            return receiver.Receive(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), attachment.ContentType, attachment.Name);
        }
        catch (Exception ex) when (ex is HttpRequestException or Microsoft.Identity.Client.MsalException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFetchFailed(0);
            return (PhotoReceiver.Unavailable(attachment.ContentType, attachment.Name), null);
        }
    }

    private static bool SameHost(Uri uri, string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service)
        && string.Equals(uri.Host, service.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == service.Port;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams image could not be fetched (status {Status}); the resident is asked to send it again")]
    private partial void LogFetchFailed(int status);
}
