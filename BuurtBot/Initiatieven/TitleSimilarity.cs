using System.Globalization;
using System.Text;
using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Initiatieven;

/// <summary>
/// "Lijkt dit op een bestaand idee?": the same theme, or a title sharing a meaningful word
/// ("bankje" and "Bankjes bij de speeltuin"). Generous on purpose: the resident decides.
/// </summary>
internal static class TitleSimilarity
{
    private static readonly HashSet<string> StopWords =
        ["de", "het", "een", "en", "van", "voor", "bij", "in", "op", "aan", "met", "the", "a", "an", "of", "for", "and", "to", "meer", "nieuw", "nieuwe"];

    public static bool IsSimilar(Thema existingThema, string existingTitle, Thema thema, string title) =>
        existingThema == thema || Words(existingTitle).Overlaps(Words(title));

    public static HashSet<string> Words(string text)
    {
        var normalized = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                normalized.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return normalized.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .Select(Stem)
            .ToHashSet();
    }

    // Dutch plurals and diminutives: "bankjes", "banken" and "bankje" meet at "bank".
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "tjes", "jes", "tje", "je", "en", "s" })
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
