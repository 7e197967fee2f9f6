using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Channels.WebChat;

/// <summary>The Bot Framework Activity, as much of it as Direct Line clients use.</summary>
public sealed record DirectLineActivity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public string? ReplyToId { get; init; }
    public JsonElement? Value { get; init; }
    public JsonElement? ChannelData { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<DirectLineAttachment>? Attachments { get; init; }
    public EntityLocation? Location { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null);

public sealed record ConversationAccount(string? Id);

public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);

/// <summary>A button; messageBack also has the text sent and the text shown in the chat.</summary>
public sealed record CardAction(string Type, string Title, string? Value, string? Text = null, string? DisplayText = null);

public sealed record DirectLineAttachment(string? ContentType, string? ContentUrl = null, string? Name = null);

/// <summary>Our page sends a shared position this way; Direct Line carries it unchanged.</summary>
public sealed record EntityLocation(double Latitude, double Longitude);
