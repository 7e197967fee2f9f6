using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Turns;
using Microsoft.AspNetCore.Http.Features;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Direct Line's upload, as Web Chat's paperclip uses it: <c>POST …/conversations/{id}/upload?userId=</c>,
/// multipart, an <c>activity</c> part (<c>application/vnd.microsoft.activity</c>) and one part per file.
/// Each file goes through <see cref="PhotoReceiver"/>: a photo arrives in the turn as a <c>photo:</c>
/// attachment and is stored, cleaned, with the message; anything else (a PDF, a page, a damaged file)
/// arrives as a refused attachment the dialog answers kindly, and nothing of it is kept.
/// </summary>
internal static class DirectLineUpload
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";
    public const int MaxFiles = 5;

    public static async Task<(InboundMessage? Message, string? ClientActivityId, IResult? Error, IReadOnlyList<ReceivedPhoto> Photos)> ReadAsync(
        HttpRequest request, WebChatOptions options, PhotoReceiver receiver, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Upload files as multipart/form-data, with the activity in a part named 'activity'.");
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            return TooLarge(options);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxUploadBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes, ValueCountLimit = MaxFiles + 2 }, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) || ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? TooLarge(options)
                : Fail(StatusCodes.Status400BadRequest, "BadArgument", "The upload is not a readable multipart form.");
        }

        var activity = await ReadActivityAsync(form, cancellationToken);
        var files = form.Files.Where(f => f.Name != "activity").ToList();
        if (files.Count == 0)
        {
            return Fail(StatusCodes.Status400BadRequest, "BadArgument", "The upload has no file; add one part per file beside the 'activity' part.");
        }

        if (files.Count > MaxFiles)
        {
            return Fail(StatusCodes.Status400BadRequest, "BadArgument", $"Send at most {MaxFiles} files at once.");
        }

        var text = activity?.Text?.Trim();
        if (text is { Length: > 0 } && text.Length > options.MaxTextLength)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", $"The text is {text.Length} characters long; send at most {options.MaxTextLength}.");
        }

        var attachments = new List<InboundAttachment>();
        var photos = new List<ReceivedPhoto>();
        foreach (var file in files)
        {
            // What the browser says the type is decides nothing: the receiver reads the bytes.
            var declared = Truncate(file.ContentType.ToLowerInvariant());
            using var buffer = new MemoryStream((int)Math.Min(file.Length, options.MaxUploadBytes));
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            var (attachment, photo) = receiver.Receive(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), declared, SafeName(file.FileName));
            attachments.Add(attachment);
            if (photo is not null)
            {
                photos.Add(photo);
            }
        }

        var message = new InboundMessage
        {
            Text = string.IsNullOrEmpty(text) ? null : text,
            Attachments = attachments,
            Locale = activity?.Locale is { Length: > 0 and <= 16 } locale ? locale : null,
        };
        return (message, ClientActivityId(activity), null, photos);
    }

    private static async Task<DirectLineActivity?> ReadActivityAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        try
        {
            if (form.Files.GetFile("activity") is { Length: > 0 and <= 65_536 } part)
            {
                await using var stream = part.OpenReadStream();
                return await JsonSerializer.DeserializeAsync<DirectLineActivity>(stream, MessageJson.Options, cancellationToken);
            }

            return form["activity"].ToString() is { Length: > 0 and <= 65_536 } json
                ? JsonSerializer.Deserialize<DirectLineActivity>(json, MessageJson.Options)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ClientActivityId(DirectLineActivity? activity) =>
        activity?.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 100 } value
            ? value
            : null;

    /// <summary>The file's own name, without any path, at most 100 characters: it is shown to coordinators.</summary>
    private static string SafeName(string? name)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        bare = new string([.. bare.Where(c => !char.IsControl(c))]).Trim();
        return bare.Length == 0 ? "foto" : bare.Length <= 100 ? bare : bare[..100];
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";

    private static (InboundMessage?, string?, IResult?, IReadOnlyList<ReceivedPhoto>) TooLarge(WebChatOptions options) =>
        Fail(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", $"An upload may be at most {options.MaxUploadBytes / 1024 / 1024.0:0.#} MB.");

    private static (InboundMessage?, string?, IResult?, IReadOnlyList<ReceivedPhoto>) Fail(int status, string code, string message) => (null, null, DirectLineError.Of(status, code, message), []);
}
