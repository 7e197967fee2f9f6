using System.Globalization;
using System.Text;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Folds what a resident typed on a phone into a comparable form: lower case, no accents
/// ("coördinator" → "coordinator"), single spaces, no surrounding punctuation.
/// </summary>
internal static class TextNormalizer
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = Trim(text);
        if (IsPlainLowerAscii(trimmed))
        {
            return trimmed.Length == text.Length ? text : trimmed.ToString();
        }

        var decomposed = trimmed.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\uFE0F')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Fold(<paramref name="text"/>) == <paramref name="folded"/>, without allocating for plain ASCII.</summary>
    public static bool FoldsTo(string? text, string folded)
    {
        if (text is null)
        {
            return folded.Length == 0;
        }

        var trimmed = Trim(text);
        return IsPlainAscii(trimmed)
            ? trimmed.Equals(folded, StringComparison.OrdinalIgnoreCase)
            : Fold(text) == folded;
    }

    public static string[] Words(string folded) =>
        folded.Split([' ', ',', '.', '!', '?', ';', ':', '&', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static ReadOnlySpan<char> Trim(string text) => text.AsSpan().Trim().Trim(".,!?;:'\"()".AsSpan()).Trim();

    private static bool IsPlainAscii(ReadOnlySpan<char> text)
    {
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c > 0x7F || (c == ' ' && lastWasSpace) || (char.IsWhiteSpace(c) && c != ' '))
            {
                return false;
            }

            lastWasSpace = c == ' ';
        }

        return true;
    }

    private static bool IsPlainLowerAscii(ReadOnlySpan<char> text)
    {
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c > 0x7F || char.IsAsciiLetterUpper(c) || (c == ' ' && lastWasSpace) || (char.IsWhiteSpace(c) && c != ' '))
            {
                return false;
            }

            lastWasSpace = c == ' ';
        }

        return true;
    }
}
