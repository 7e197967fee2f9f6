namespace BuurtBot.Channels.WebChat;

/// <summary>Direct Line's error body: <c>{ "error": { "code": "...", "message": "..." } }</c>.</summary>
public static class DirectLineError
{
    public static IResult Of(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult Unauthorized() =>
        Of(StatusCodes.Status401Unauthorized, "TokenOrSecretInvalid", "Send 'Authorization: Bearer <token>' with a valid, unexpired conversation token.");

    /// <summary>
    /// What Azure's Direct Line answers for a token past its time. directlinejs reads 403 (and only 403) as
    /// "expired": it stops retrying and reports ExpiredToken, so the page can get a new token.
    /// </summary>
    public static IResult TokenExpired() =>
        Of(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one with POST /v3/directline/tokens/generate.");

    public static IResult Forbidden() =>
        Of(StatusCodes.Status403Forbidden, "BadArgument", "This token belongs to another conversation.");

    public static IResult NoSuchConversation() =>
        Of(StatusCodes.Status404NotFound, "NotFound", "No conversation with this id; start one with POST /v3/directline/conversations.");

    public static IResult BadArgument(string message) => Of(StatusCodes.Status400BadRequest, "BadArgument", message);
}
