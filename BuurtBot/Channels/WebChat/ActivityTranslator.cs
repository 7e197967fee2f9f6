using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;

namespace BuurtBot.Channels.WebChat;

/// <summary>Translates between Direct Line activities and the neutral messages; nothing else.</summary>
internal static class ActivityTranslator
{
    public const string ChannelId = "directline";
    public const string BotId = "buurtbot";

    public static string ActivityId(string conversationId, long transcriptId) => $"{conversationId}|{transcriptId:D7}";

    /// <summary>Reads a resident's message activity; returns an error text for anything we cannot accept.</summary>
    public static InboundMessage? ToInbound(DirectLineActivity activity, int maxTextLength, out string? error)
    {
        error = null;
        var text = activity.Text?.Trim();
        if (text is { Length: > 0 } && text.Length > maxTextLength)
        {
            error = $"The text is {text.Length} characters long; send at most {maxTextLength}.";
            return null;
        }

        var value = activity.Value is { ValueKind: JsonValueKind.String } v ? v.GetString()
            : activity.Value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Number } other ? other.GetRawText()
            : null;
        if (value is { Length: > 0 } && value.Length > maxTextLength)
        {
            error = $"The value is too long; send at most {maxTextLength} characters.";
            return null;
        }

        GeoLocation? location = null;
        if (activity.Location is { } l)
        {
            if (l.Latitude is < -90 or > 90 || l.Longitude is < -180 or > 180 || double.IsNaN(l.Latitude) || double.IsNaN(l.Longitude))
            {
                error = "The location is not a valid latitude/longitude.";
                return null;
            }

            location = new GeoLocation(l.Latitude, l.Longitude);
        }

        var attachments = (activity.Attachments ?? [])
            .Where(a => !string.IsNullOrWhiteSpace(a.ContentType) && !string.IsNullOrWhiteSpace(a.ContentUrl))
            .ToList();
        if (attachments.Any(a => a.ContentUrl!.Length > 2048))
        {
            error = "Attachments are sent by URL of at most 2048 characters.";
            return null;
        }

        if (string.IsNullOrEmpty(text) && string.IsNullOrEmpty(value) && location is null && attachments.Count == 0)
        {
            error = "A message needs text, a value, a location or an attachment.";
            return null;
        }

        return new InboundMessage
        {
            Text = text,
            Value = value,
            Location = location,
            // A file by URL is never fetched (it could point anywhere, inside our network too): photos come
            // through the upload. The resident hears that this one did not arrive.
            Attachments = [.. attachments.Select(a => InboundAttachment.Refused(a.ContentType!.Length <= 40 ? a.ContentType : "application/octet-stream", AttachmentProblem.Unavailable, a.Name is { Length: > 100 } name ? name[..100] : a.Name))],
            Locale = activity.Locale is { Length: > 0 and <= 16 } locale ? locale : null,
        };
    }

    /// <summary>
    /// The chat page's <c>{ type: "event", name: "start", value: "steun_CODE" }</c>: the resident
    /// opened a deep link. Letters, digits, '_' and '-', at most 64 characters (Telegram's rule).
    /// </summary>
    public static InboundMessage? ToStartEvent(DirectLineActivity activity, out string? error)
    {
        ArgumentNullException.ThrowIfNull(activity);
        error = null;
        var name = activity.Extra is { } extra && extra.TryGetValue("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (name != "start")
        {
            error = "BuurtBot accepts one event: 'start', with the deep-link payload as its value.";
            return null;
        }

        var payload = activity.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
        if (payload is not { Length: > 0 and <= 64 } || !payload.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            error = "The 'start' event's value is a payload of 1 to 64 letters, digits, '_' or '-'.";
            return null;
        }

        return new InboundMessage
        {
            Kind = InboundKind.ConversationStarted,
            StartPayload = payload,
            Locale = activity.Locale is { Length: > 0 and <= 16 } locale ? locale : null,
        };
    }

    /// <summary>
    /// A choice as a button: messageBack, so the resident's bubble shows the title they tapped (Web Chat shows
    /// <c>displayText</c>, and <c>text</c> is the title too, for clients that show what they send) while the
    /// bot recognises the choice from its value. An imBack would put the value, an internal code, in the chat.
    /// </summary>
    private static CardAction Button(ReplyChoice choice) =>
        new("messageBack", choice.Title, choice.Value, choice.Title, choice.Title);

    private static JsonElement? ClientActivityIdOf(string? channelMessageId, string conversationId)
    {
        var prefix = conversationId + ":c:";
        return channelMessageId is not null && channelMessageId.StartsWith(prefix, StringComparison.Ordinal)
            ? JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = channelMessageId[prefix.Length..] })
            : null;
    }

    /// <summary>A transcript line as the activity a Direct Line client shows.</summary>
    public static DirectLineActivity ToActivity(TranscriptEntry line, string conversationId, string locale)
    {
        var id = ActivityId(conversationId, line.Id);
        var timestamp = new DateTimeOffset(line.TimestampUtc, TimeSpan.Zero);
        if (line.Author == TranscriptAuthor.Resident)
        {
            var inbound = MessageJson.ReadInbound(line.Payload);
            return new DirectLineActivity
            {
                Type = "message",
                Id = id,
                Timestamp = timestamp,
                ChannelId = ChannelId,
                From = new ChannelAccount("resident", null, "user"),
                Conversation = new ConversationAccount(conversationId),
                Text = inbound.Text ?? TranscriptText.Of(inbound),
                Locale = inbound.Locale ?? locale,
                // Web Chat marks its own message as sent when it sees this id come back.
                ChannelData = ClientActivityIdOf(line.ChannelMessageId, conversationId),
            };
        }

        var outbound = MessageJson.ReadOutbound(line.Payload);
        return new DirectLineActivity
        {
            Type = "message",
            Id = id,
            Timestamp = timestamp,
            ChannelId = ChannelId,
            From = line.Author == TranscriptAuthor.Coordinator
                ? new ChannelAccount("coordinator", line.AuthorName, "bot")
                : new ChannelAccount(BotId, "BuurtBot", "bot"),
            Conversation = new ConversationAccount(conversationId),
            Text = outbound.Text,
            Locale = locale,
            InputHint = outbound.InputHint == InputHint.ExpectingInput ? "expectingInput" : "acceptingInput",
            // Web Chat renders bot text as Markdown by default, which joins the summary's lines into one
            // paragraph and reads a resident's "*" or "_" as markup: BuurtBot's texts are plain text.
            TextFormat = "plain",
            SuggestedActions = outbound.Choices.Count == 0
                ? null
                : new SuggestedActions([.. outbound.Choices.Select(Button)]),
            Attachments = outbound.Attachment is { } file
                ? [new DirectLineAttachment(file.ContentType, $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content)}", file.Name)]
                : null,
        };
    }
}
