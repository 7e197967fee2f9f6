using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Channels.Teams;

/// <summary>The Bot Framework Activity as Teams sends and takes it; only the fields BuurtBot uses.</summary>
public sealed record TeamsActivity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public TeamsAccount? From { get; init; }
    public TeamsAccount? Recipient { get; init; }
    public TeamsConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public JsonElement? Value { get; init; }
    public JsonElement? ChannelData { get; init; }
    public IReadOnlyList<TeamsAccount>? MembersAdded { get; init; }
    public TeamsSuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<TeamsAttachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record TeamsAccount(string? Id, string? Name = null, string? Role = null);

public sealed record TeamsConversationAccount(string? Id, string? ConversationType = null, string? TenantId = null, bool? IsGroup = null);

public sealed record TeamsSuggestedActions(IReadOnlyList<string>? To, IReadOnlyList<TeamsCardAction> Actions);

/// <summary>A button; messageBack also has the text sent and the text shown in the chat.</summary>
public sealed record TeamsCardAction(string Type, string Title, string Value, string? Text = null, string? DisplayText = null);

public sealed record TeamsAttachment(string ContentType, JsonElement? Content = null, string? ContentUrl = null, string? Name = null);

/// <summary>The hero card's content: text and buttons, as <c>application/vnd.microsoft.card.hero</c>.</summary>
public sealed record TeamsHeroCard(string? Text, IReadOnlyList<TeamsCardAction> Buttons);
