namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>Pure checks on typed answers.</summary>
public static class TextRules
{
    /// <summary>At least one letter or digit: an answer of only emoji or punctuation says nothing a coordinator can use.</summary>
    public static bool HasWords(string? text) => text is not null && text.Any(char.IsLetterOrDigit);

    /// <summary>Cuts at the last space before <paramref name="max"/>, so no word is broken in half.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var end = cut > max / 2 ? cut : max;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd();
    }
}
