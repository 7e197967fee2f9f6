using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>
/// Recognises an opened share link: a start payload <c>steun_CODE</c> (Telegram's <c>/start</c>,
/// the web chat's <c>?steun=</c>) or the text <c>steun CODE</c> (what the Teams link puts in the
/// compose box, since Teams cannot hand a bot a parameter). Pure.
/// </summary>
public static class SteunLink
{
    public const string PayloadPrefix = "steun_";
    private const string TextPrefix = "steun ";

    /// <summary>The normalised share code the message carries, or null.</summary>
    public static string? CodeFrom(InboundMessage activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.StartPayload is { } payload && payload.StartsWith(PayloadPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ShareCodes.Normalize(payload[PayloadPrefix.Length..]) ?? InvalidCode;
        }

        if (activity.Kind == InboundKind.Message && activity.Text?.Trim() is { } text && text.StartsWith(TextPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ShareCodes.Normalize(text[TextPrefix.Length..]);
        }

        return null;
    }

    /// <summary>
    /// A link that says it is a share link but whose code cannot be one: it still gets the
    /// friendly "this link does not work" instead of being ignored.
    /// </summary>
    public const string InvalidCode = "-";
}
