namespace BuurtBot.Channels.WebChat;

/// <summary>Who is calling: the holder of the secret, the holder of one conversation's token, or nobody.</summary>
internal readonly record struct DirectLineCaller(bool IsSecret, string? ConversationId, DateTimeOffset? Expires = null, bool TokenExpired = false)
{
    public bool IsAuthenticated => IsSecret || ConversationId is not null;

    /// <summary>Not let in: 403 with Direct Line's "TokenExpired" for a genuine token past its time (the client gets a new one), else 401.</summary>
    public IResult Refusal() => TokenExpired ? DirectLineError.TokenExpired() : DirectLineError.Unauthorized();

    public bool MayUse(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);

    public static DirectLineCaller From(HttpRequest request, DirectLineTokens tokens)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        return Of(header[scheme.Length..].Trim(), tokens, allowSecret: true);
    }

    /// <summary>
    /// The stream's caller: browsers cannot set headers on a WebSocket, so Direct Line's streamUrl
    /// carries the token in <c>t</c>. Only a conversation token goes there; the secret stays in the header.
    /// </summary>
    public static DirectLineCaller FromStream(HttpRequest request, DirectLineTokens tokens)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return From(request, tokens);
        }

        return request.Query["t"].ToString() is { Length: > 0 } token ? Of(token, tokens, allowSecret: false) : default;
    }

    private static DirectLineCaller Of(string presented, DirectLineTokens tokens, bool allowSecret)
    {
        if (presented.Length is 0 or > 4096)
        {
            return default;
        }

        if (allowSecret && tokens.IsSecret(presented))
        {
            return new DirectLineCaller(true, null);
        }

        var read = tokens.Read(presented);
        return read.State switch
        {
            TokenState.Valid => new DirectLineCaller(false, read.ConversationId, read.Expires),
            TokenState.Expired => new DirectLineCaller(false, null, read.Expires, TokenExpired: true),
            _ => default,
        };
    }
}
