using System.Text.Json;
using BuurtBot.Turns;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// What we need to write to a Teams conversation later (a check-in, a coordinator's reply),
/// kept in Conversation.ChannelData as JSON. Only ids: no names, no message content.
/// </summary>
public sealed record TeamsConversationReference
{
    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>: decides how choices are shown.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public string? BotId { get; init; }

    public string? UserId { get; init; }

    /// <summary>The serviceUrl came with a request whose token we checked, so our token may go there.</summary>
    public bool Authenticated { get; init; }

    public bool IsPersonal => ConversationType is null or "personal";

    public string ToJson() => JsonSerializer.Serialize(this, MessageJson.Options);

    public static TeamsConversationReference? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TeamsConversationReference>(json, MessageJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
