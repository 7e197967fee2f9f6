namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Cuts a text that is too long for one Telegram message into parts, at paragraph breaks where
/// it can, then at line breaks, then between words, and only as a last resort mid-word.
/// </summary>
internal static class TelegramTextSplitter
{
    public const int MaxMessageLength = 4096;

    public static IReadOnlyList<string> Split(string? text, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = (text ?? "").Trim();
        while (rest.Length > maxLength)
        {
            var cut = CutPoint(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int CutPoint(string text, int maxLength)
    {
        var window = text[..maxLength];
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return at + separator.Length;
            }
        }

        // No break at all: never split a surrogate pair (an emoji) in two.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
