using System.Text.RegularExpressions;

namespace BuurtBot.Tests.Dialogs.Resources;

/// <summary>
/// The measures of a Dutch text that B1 advice uses: words per sentence and the Flesch-Douma score
/// (206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence). Syllables are counted by
/// vowel groups the Dutch way: "aa", "ie", "oe", "ui", "eeuw", "ooi" … are one sound, "ia" or "eo"
/// are two (ini-ti-a-tief, vi-de-o), and a diaeresis starts a new one (co-ör-di-na-tor).
/// </summary>
public static partial class DutchReadability
{
    /// <summary>Vowel sounds of more than one letter, longest first, each one syllable.</summary>
    private static readonly string[] Sounds =
    [
        "ieuw", "eeuw", "aai", "ooi", "oei", "ieu", "eeu", "uw",
        "aa", "ee", "éé", "oo", "uu", "ie", "oe", "ou", "au", "ei", "eu", "ui", "ij",
    ];

    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        var count = 0;
        var i = 0;
        while (i < w.Length)
        {
            if (!IsVowel(w[i]))
            {
                i++;
                continue;
            }

            // A diaeresis is a vowel of its own; otherwise take the longest sound that starts here.
            var sound = IsDiaeresis(w[i]) ? null : Sounds.FirstOrDefault(s => string.CompareOrdinal(w, i, s, 0, s.Length) == 0);
            i += sound?.Length ?? 1;
            count++;
        }

        return Math.Max(1, count);
    }

    /// <summary>Sentences: each line apart (list lines are read one by one), split after . ! ? and a space.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split('\n')
            .SelectMany(line => SentenceEnd().Split(line))
            .Where(s => Words(s).Count > 0)];
    }

    public static IReadOnlyList<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value)];

    public static double FleschDouma(int words, int sentences, int syllables) =>
        206.84 - (0.77 * 100.0 * syllables / words) - (0.93 * words / sentences);

    private static bool IsVowel(char c) => "aeiouyáàâäéèêëíìîïóòôöúùûü".Contains(c, StringComparison.Ordinal);

    private static bool IsDiaeresis(char c) => "äëïöü".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();

    // A word has letters; hyphens and apostrophes inside it keep it one word ("mede-initiatiefnemer", "zo'n").
    [GeneratedRegex(@"\p{L}+(?:[-'’]\p{L}+)*")]
    private static partial Regex Word();
}
