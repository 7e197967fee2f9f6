using System.Globalization;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Choices;

/// <summary>
/// Matches an answer to a list of choices the way residents type on a phone, in this order: the
/// exact title or value, then the number or ordinal ("2", "nummer 2", "twee", "tweede"), then an
/// unambiguous part of the title ("groen" finds "Groen en natuur"), then a title named inside a
/// sentence (not in a sentence that says "niet" when the title does not), then the question's own
/// everyday words (<see cref="ChoiceSynonyms"/>), then what the answer means: a yes or a no picks
/// the one choice that says yes or no ("ja hoor" finds "Ja, dat is goed"), "geen idee" the one that
/// says 'weet ik niet' or 'andere', and last a title with a typo or two ("nieuw initatief"). Case
/// and accents never matter. More than one result means the answer was ambiguous. Pure, so it is
/// tested with tables.
/// </summary>
public static class ChoiceRecognizers
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["eerste"] = 1, ["tweede"] = 2, ["derde"] = 3, ["vierde"] = 4, ["vijfde"] = 5, ["zesde"] = 6, ["zevende"] = 7,
        ["achtste"] = 8, ["negende"] = 9, ["tiende"] = 10,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    private static readonly HashSet<string> NumberLeadIns = new(StringComparer.Ordinal) { "nummer", "nr", "optie", "keuze", "de", "number", "option" };

    /// <summary>Shorter parts than this only match whole words, so "a" does not pick "Anders".</summary>
    private const int MinimumPartLength = 3;

    /// <summary>What residents type when they do not know, or mean none of the named ones.</summary>
    private static readonly string[] UnknownPhrases =
    [
        "weet ik niet", "weet niet", "weet ik nog niet", "geen idee", "geen flauw idee", "onbekend", "misschien", "geen mening", "twijfel",
        "een andere", "andere", "anders", "geen van beide", "geen van allen", "geen van deze", "niet in de lijst", "staat er niet bij",
        "dont know", "don't know", "i don't know", "i dont know", "not sure", "no idea", "maybe", "unknown", "other", "another", "none",
    ];

    /// <summary>How a choice says it is for not knowing or for something else.</summary>
    private static readonly string[] UnknownTitleWords = ["weet ik niet", "weet niet", "geen idee", "andere", "don't know", "not sure", "other"];

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "niet", "geen", "nee", "not", "no", "don't", "dont", "never", "nooit", "niks", "niets" };

    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IReadOnlyList<ReplyChoice> choices) =>
        RecognizeChoices(utterance, choices, ChoiceSynonyms.Empty);

    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IReadOnlyList<ReplyChoice> choices, ChoiceSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(choices);
        var folded = TextNormalizer.Fold(utterance);
        if (folded.Length == 0 || choices.Count == 0)
        {
            return [];
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (TextNormalizer.FoldsTo(choices[i].Title, folded) || TextNormalizer.FoldsTo(choices[i].Value, folded))
            {
                return [Found(choices, i)];
            }
        }

        if (Position(folded) is { } position && position >= 1 && position <= choices.Count)
        {
            return [Found(choices, position - 1)];
        }

        var parts = Matching(choices, title => IsPartOf(folded, title));
        if (parts.Count > 0)
        {
            return parts;
        }

        var negated = IsNegated(TextNormalizer.Words(folded));
        var named = Matching(choices, title => ContainsWords(folded, title) && negated == IsNegated(TextNormalizer.Words(title)));
        if (named.Count > 0)
        {
            return named;
        }

        var everyday = BySynonyms(folded, choices, synonyms);
        if (everyday.Count > 0)
        {
            return everyday;
        }

        if (ConfirmRecognizer.Recognize(folded) is { } yes
            && Matching(choices, title => ConfirmRecognizer.Recognize(title) == yes) is [var saysTheSame])
        {
            return [saysTheSame];
        }

        if (UnknownPhrases.Any(phrase => ContainsWords(folded, phrase))
            && Matching(choices, title => UnknownTitleWords.Any(word => $" {title} ".Contains($" {word}", StringComparison.Ordinal))) is [var unknown])
        {
            return [unknown];
        }

        return ByTypos(folded, choices);
    }

    private static bool IsNegated(string[] words) => words.Any(Negations.Contains);

    /// <summary>The choices whose everyday words appear in the answer; the longest phrase found decides.</summary>
    private static List<FoundChoice> BySynonyms(string folded, IReadOnlyList<ReplyChoice> choices, ChoiceSynonyms synonyms)
    {
        var words = TextNormalizer.Words(folded);
        var sentence = $" {string.Join(' ', words)} ";
        var negated = IsNegated(words);
        var best = 0;
        var found = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in synonyms.For(choices[i].Value))
            {
                var phraseWords = TextNormalizer.Words(phrase);
                var matches = phrase == folded
                    || (phraseWords.Length == 1 && phrase.Length >= 4
                        ? words.Any(word => word.Contains(phrase, StringComparison.Ordinal))
                        : phraseWords.Length > 0 && sentence.Contains($" {string.Join(' ', phraseWords)} ", StringComparison.Ordinal));
                if (!matches || (phrase != folded && IsNegated(phraseWords) != negated) || phrase.Length < best)
                {
                    continue;
                }

                if (phrase.Length > best)
                {
                    best = phrase.Length;
                    found.Clear();
                }

                if (found.All(f => f.Index != i))
                {
                    found.Add(Found(choices, i));
                }
            }
        }

        return found;
    }

    /// <summary>The titles nearest to the answer within the typos its length allows ("privasy", "noordost").</summary>
    private static List<FoundChoice> ByTypos(string folded, IReadOnlyList<ReplyChoice> choices)
    {
        var allowed = EditDistance.Allowed(folded.Length);
        if (allowed == 0)
        {
            return [];
        }

        var typed = folded.Replace(" ", "", StringComparison.Ordinal);
        var best = allowed + 1;
        var found = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            var title = TextNormalizer.Fold(choices[i].Title);
            var distance = Math.Min(EditDistance.Between(folded, title), EditDistance.Between(typed, title.Replace(" ", "", StringComparison.Ordinal)));
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            if (distance == best)
            {
                found.Add(Found(choices, i));
            }
        }

        return best <= allowed ? found : [];
    }

    /// <summary>"2", "2e", "nummer 2", "twee", "tweede": a one-based position, or null.</summary>
    private static int? Position(string folded)
    {
        if (folded.Length <= 3 && int.TryParse(folded, CultureInfo.InvariantCulture, out var typed))
        {
            return typed;
        }

        var words = TextNormalizer.Words(folded);
        if (words.Length is 0 or > 2 || (words.Length == 2 && !NumberLeadIns.Contains(words[0])))
        {
            return null;
        }

        var word = words[^1];
        if (Ordinals.TryGetValue(word, out var ordinal))
        {
            return ordinal;
        }

        var digits = word.TrimEnd('e');
        if (digits.Length > 0 && digits.Length <= 3 && digits.All(char.IsAsciiDigit))
        {
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        return word == "een" ? 1 : NumberRecognizer.ParseWord(word);
    }

    /// <summary>Every word typed starts a word of the title, in order: "groen" and "spel bew" both match.</summary>
    private static bool IsPartOf(string folded, string title)
    {
        if (folded.Length < MinimumPartLength && !TextNormalizer.Words(title).Contains(folded))
        {
            return false;
        }

        var titleWords = TextNormalizer.Words(title);
        var next = 0;
        foreach (var word in TextNormalizer.Words(folded))
        {
            while (next < titleWords.Length && !titleWords[next].StartsWith(word, StringComparison.Ordinal))
            {
                next++;
            }

            if (next == titleWords.Length)
            {
                return false;
            }

            next++;
        }

        return true;
    }

    /// <summary>"ik kies groen graag" names "Groen": the whole title appears as words in the sentence.</summary>
    private static bool ContainsWords(string folded, string title) =>
        title.Length >= MinimumPartLength && $" {string.Join(' ', TextNormalizer.Words(folded))} ".Contains($" {string.Join(' ', TextNormalizer.Words(title))} ", StringComparison.Ordinal);

    private static List<FoundChoice> Matching(IReadOnlyList<ReplyChoice> choices, Func<string, bool> matches)
    {
        var found = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (matches(TextNormalizer.Fold(choices[i].Title)))
            {
                found.Add(Found(choices, i));
            }
        }

        return found;
    }

    private static FoundChoice Found(IReadOnlyList<ReplyChoice> choices, int index) => new(index, choices[index].Title, choices[index].Value);
}
