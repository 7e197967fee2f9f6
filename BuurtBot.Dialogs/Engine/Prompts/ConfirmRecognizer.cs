namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads yes or no the way residents type it: "ja", "j", "jazeker", "klopt", "oké", "prima", "nee",
/// "nope", "yes", "no", 👍, 👎, stretched words ("jaaa", "neee"), and short sentences: those that start
/// with one of those ("ja hoor", "nee, liever niet"), and those that say yes or no in them ("ik ga
/// akkoord", "ik ga niet akkoord", "toch niet"). "Weet ik niet" and "misschien" are neither. Pure.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "j", "jazeker", "jawel", "jaja", "jep", "jup", "klopt", "zeker", "prima", "goed", "oke", "okee", "ok", "okay", "akkoord",
        "top", "super", "prachtig", "perfect", "uitstekend", "graag", "natuurlijk", "tuurlijk", "absoluut",
        "yes", "y", "yep", "yeah", "yup", "sure", "correct", "agree", "agreed", "fine", "great",
        "👍", "✅", "✔", "👌", "🙂", "😊", "👏", "💪", "🙏",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "n", "neen", "nope", "nah", "niet", "nooit", "no", "not", "nein", "👎", "❌", "✖", "🚫",
    };

    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal)
    {
        "dat klopt", "is goed", "ja hoor", "graag", "doe maar", "zeker weten", "dat is goed", "prima zo", "goed zo", "mag ik",
        "of course", "go ahead", "that is fine", "thats fine", "that's fine", "ok then",
    };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal)
    {
        "liever niet", "klopt niet", "dat klopt niet", "no thanks", "no thank you", "toch niet", "niet doen", "niet nodig",
        "not now", "rather not", "id rather not", "i'd rather not",
    };

    /// <summary>Words that make a sentence neither yes nor no ("weet ik niet", "misschien").</summary>
    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal)
    {
        "weet", "misschien", "twijfel", "know", "maybe", "perhaps", "unsure", "sure?", "wanneer", "waarom", "wat", "hoe",
    };

    /// <summary>Words that turn a yes into a no inside a sentence.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "niet", "geen", "not", "nee", "no", "don't", "dont", "never", "nooit" };

    /// <summary>Beyond this many words a message is a story, not a yes or a no.</summary>
    private const int MaxSentenceWords = 7;

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

        var words = TextNormalizer.Words(folded).Select(Unstretched).ToArray();
        if (words.Length == 0 || words.Length > MaxSentenceWords || words.Any(Unsure.Contains))
        {
            return null;
        }

        var negated = words.Any(Negations.Contains);

        // "nee, liever niet", "ja hoor, graag": the first word decides, unless a yes says the opposite later.
        if (Yes.Contains(words[0]))
        {
            return words.Length == 1 || !negated ? true : null;
        }

        if (No.Contains(words[0]))
        {
            return false;
        }

        // "ik ga akkoord", "ik ga niet akkoord": a yes word in the sentence, turned round by a negation.
        if (words.Any(w => Yes.Contains(w) && w.Length > 1))
        {
            return !negated;
        }

        return null;
    }

    /// <summary>"jaaa" is "ja" and "neee" is "nee": letters held down on a phone.</summary>
    private static string Unstretched(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var collapsed = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (collapsed.Length < 2 || collapsed[^1] != c || collapsed[^2] != c)
            {
                collapsed.Append(c);
            }
        }

        var text = collapsed.ToString();
        return text switch
        {
            "jaa" => "ja",
            "neee" or "nee" => "nee",
            "okk" or "okee" => "oke",
            _ => text,
        };
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
