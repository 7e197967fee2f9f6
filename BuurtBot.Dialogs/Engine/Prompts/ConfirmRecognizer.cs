namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads yes or no the way residents type it: "ja", "j", "jazeker", "klopt", "nee", "nope", "yes",
/// "no", 👍, 👎, and sentences that start with one of those ("ja hoor", "nee, liever niet"). Pure.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "j", "jazeker", "jawel", "jaja", "jep", "jup", "klopt", "zeker", "prima", "goed", "oke", "ok", "okay", "akkoord",
        "yes", "y", "yep", "yeah", "sure", "correct", "👍", "✅", "✔",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "n", "neen", "nope", "nah", "niet", "nooit", "no", "👎", "❌", "✖",
    };

    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal) { "dat klopt", "is goed", "ja hoor", "graag" };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal) { "liever niet", "klopt niet", "dat klopt niet", "no thanks" };

    public static bool? Recognize(string? text)
    {
        var folded = StripSkinTone(TextNormalizer.Fold(text));
        if (folded.Length == 0)
        {
            return null;
        }

        if (Yes.Contains(folded) || YesPhrases.Contains(folded))
        {
            return true;
        }

        if (No.Contains(folded) || NoPhrases.Contains(folded))
        {
            return false;
        }

        // "nee, liever niet" or "ja hoor, graag": the first word decides, unless the sentence says the opposite.
        var words = TextNormalizer.Words(folded);
        if (words.Length > 1 && folded.Contains("niet", StringComparison.Ordinal) is var negated)
        {
            if (Yes.Contains(words[0]) && !negated)
            {
                return true;
            }

            if (No.Contains(words[0]))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>👍🏽 is 👍 with a skin-tone modifier (U+1F3FB..U+1F3FF); the modifier carries no meaning here.</summary>
    private static string StripSkinTone(string text)
    {
        if (!text.Contains('\uD83C'))
        {
            return text;
        }

        var runes = text.EnumerateRunes().Where(rune => rune.Value is < 0x1F3FB or > 0x1F3FF).Select(rune => rune.ToString());
        return string.Concat(runes);
    }
}
