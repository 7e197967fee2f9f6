namespace BuurtBot.Channels.WebChat;

/// <summary>The body of <c>POST /v3/directline/conversations</c> as directlinejs sends it (<c>conversationStartProperties</c>).</summary>
internal sealed record DirectLineStartBody(ChannelAccount? User, string? Locale);

/// <summary>
/// The resident's language at the start of a Direct Line conversation: the <c>locale</c> of the start body
/// (Web Chat's <c>conversationStartProperties</c>), else the first real language of Accept-Language.
/// A wildcard (<c>*</c>) or anything that is not a language tag says nothing.
/// </summary>
internal static class DirectLineLocale
{
    public static string? Of(DirectLineStartBody? body, string? acceptLanguage) =>
        Tag(body?.Locale)
        ?? (acceptLanguage ?? "").Split(',').Select(part => Tag(part.Split(';')[0])).FirstOrDefault(tag => tag is not null);

    private static string? Tag(string? value)
    {
        var tag = value?.Trim();
        return tag is { Length: >= 2 and <= 16 } && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(tag[0])
            ? tag
            : null;
    }
}
