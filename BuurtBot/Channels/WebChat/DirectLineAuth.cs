namespace BuurtBot.Channels.WebChat;

/// <summary>Who is calling: the holder of the secret, the holder of one conversation's token, or nobody.</summary>
internal readonly record struct DirectLineCaller(bool IsSecret, string? ConversationId)
{
    public bool IsAuthenticated => IsSecret || ConversationId is not null;

    public bool MayUse(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);

    public static DirectLineCaller From(HttpRequest request, DirectLineTokens tokens)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        var presented = header[scheme.Length..].Trim();
        if (presented.Length is 0 or > 4096)
        {
            return default;
        }

        return tokens.IsSecret(presented) ? new DirectLineCaller(true, null) : new DirectLineCaller(false, tokens.ConversationOf(presented));
    }
}
