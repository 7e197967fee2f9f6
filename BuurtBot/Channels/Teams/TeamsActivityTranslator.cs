using System.Text.Json;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Channels.Teams;

/// <summary>Reads an incoming Teams activity as a neutral message for the inbox; nothing else.</summary>
public static partial class TeamsActivityTranslator
{
    public const string Channel = "teams";
    private const int MaxTextLength = 4000;

    /// <summary>
    /// The inbox dedupes on (channel, id) across all conversations, and Teams activity ids are
    /// only unique within a conversation, so the conversation id is part of ours.
    /// </summary>
    public static string MessageId(string conversationId, string activityId) => $"{conversationId}|{activityId}";

    /// <summary>The activity id back out of our message id, for <c>replyToId</c>.</summary>
    public static string? ActivityIdOf(string conversationId, string? messageId) =>
        messageId is not null && messageId.StartsWith(conversationId + "|", StringComparison.Ordinal)
            ? messageId[(conversationId.Length + 1)..]
            : null;

    /// <summary>
    /// The envelope for the inbox, or null when the activity asks nothing of the bot (a member
    /// other than the bot joined, an uninstall, a type we do not handle).
    /// </summary>
    public static InboundEnvelope? ToEnvelope(TeamsActivity activity, TeamsConversationReference reference)
    {
        var conversationId = reference.ConversationId;
        var locale = activity.Locale is { Length: > 0 and <= 16 } l ? l : null;
        InboundMessage? message;
        string? messageId;
        switch (activity.Type)
        {
            case "message":
                message = ReadMessage(activity, reference, locale);
                messageId = activity.Id is { Length: > 0 } id ? MessageId(conversationId, id) : null;
                break;
            case "invoke" when activity.Name == "adaptiveCard/action":
                // Action.Execute on a card: the data is the button's payload, as messageBack's value.
                var data = activity.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action)
                    && action.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
                message = ValueOf(data) is { } value ? new InboundMessage { Value = value, Locale = locale } : null;
                messageId = activity.Id is { Length: > 0 } invokeId ? MessageId(conversationId, invokeId) : null;
                break;
            case "conversationUpdate" when BotWasAdded(activity):
            case "installationUpdate" when activity.Action is "add" or "add-upgrade":
                // Installing in a personal chat sends both; one welcome is enough, so both share one id.
                message = new InboundMessage { Kind = InboundKind.ConversationStarted, Locale = locale };
                messageId = MessageId(conversationId, "start");
                break;
            default:
                return null;
        }

        return message is null || messageId is null
            ? null
            : new InboundEnvelope(Channel, conversationId, messageId, message) { ChannelData = reference.ToJson(), Locale = locale };
    }

    /// <summary>The reference to keep for replies and later messages; null when the activity lacks what we need to answer.</summary>
    public static TeamsConversationReference? ReferenceOf(TeamsActivity activity, bool authenticated)
    {
        if (activity.Conversation?.Id is not { Length: > 0 and <= 512 } conversationId
            || activity.ServiceUrl is not { Length: > 0 and <= 512 } serviceUrl
            || activity.ChannelId is not { Length: > 0 and <= 64 } channelId)
        {
            return null;
        }

        return new TeamsConversationReference
        {
            ServiceUrl = serviceUrl,
            ChannelId = channelId,
            ConversationId = conversationId,
            ConversationType = activity.Conversation.ConversationType,
            TenantId = activity.Conversation.TenantId ?? TenantOf(activity.ChannelData),
            BotId = activity.Recipient?.Id,
            UserId = activity.From?.Id,
            Authenticated = authenticated,
        };
    }

    /// <summary>In group chats and channels the bot is @-mentioned; the mention is not part of what the resident says.</summary>
    public static string StripMentions(string text) => MentionPattern().Replace(text, "").Trim();

    private static InboundMessage? ReadMessage(TeamsActivity activity, TeamsConversationReference reference, string? locale)
    {
        var text = activity.Text;
        if (text is not null && !reference.IsPersonal)
        {
            text = StripMentions(text);
        }

        text = text?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            text = text[..MaxTextLength];
        }

        // messageBack and Action.Submit put the button's payload in value; imBack sends its text.
        var value = ValueOf(activity.Value);
        var attachments = AttachmentsOf(activity);
        if (string.IsNullOrEmpty(text) && value is null && attachments.Count == 0)
        {
            return null;
        }

        return new InboundMessage { Text = string.IsNullOrEmpty(text) ? null : text, Value = value, Attachments = attachments, Locale = locale };
    }

    /// <summary>The prefix of a file's pre-authenticated download URL (a file sent in a personal chat): fetched without the bot's token.</summary>
    public const string FileDownloadPrefix = "teams-file:";

    private const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>
    /// What the resident sent as files, still as Teams' URLs (<see cref="TeamsPhotoDownloader"/> fetches
    /// them before the inbox): an image (pasted or attached, behind the bot's token), or a file with a
    /// download URL. Teams' own copy of the text as HTML is no attachment of the resident's.
    /// </summary>
    private static List<InboundAttachment> AttachmentsOf(TeamsActivity activity)
    {
        var found = new List<InboundAttachment>();
        foreach (var attachment in (activity.Attachments ?? []).Take(5))
        {
            if (attachment.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && attachment.ContentUrl is { Length: > 0 and <= 2048 } url)
            {
                found.Add(new InboundAttachment(attachment.ContentType.Length <= 40 ? attachment.ContentType : "image/*", url, attachment.Name));
            }
            else if (attachment.ContentType == FileDownloadInfo && attachment.Content is { ValueKind: JsonValueKind.Object } content
                && content.TryGetProperty("downloadUrl", out var download) && download.GetString() is { Length: > 0 and <= 2048 } downloadUrl)
            {
                var fileType = content.TryGetProperty("fileType", out var type) ? type.GetString()?.ToLowerInvariant() : null;
                found.Add(fileType is "jpg" or "jpeg" or "png" or "webp" or "gif"
                    ? new InboundAttachment("image/" + (fileType == "jpg" ? "jpeg" : fileType), FileDownloadPrefix + downloadUrl, attachment.Name)
                    : InboundAttachment.Refused("application/octet-stream", AttachmentProblem.NotAPhoto, attachment.Name));
            }
        }

        return found;
    }

    private static string? ValueOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s when s.GetString() is { Length: > 0 and <= MaxTextLength } text => text,
        { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Number } other when other.GetRawText().Length <= MaxTextLength => other.GetRawText(),
        _ => null,
    };

    private static bool BotWasAdded(TeamsActivity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && (activity.MembersAdded ?? []).Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));

    private static string? TenantOf(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    [GeneratedRegex("<at(\\s[^>]*)?>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex MentionPattern();
}
