using System.Globalization;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Choices;

/// <summary>
/// Matches an answer to a list of choices the way residents type on a phone, in this order: the
/// exact title or value, then the number or ordinal ("2", "nummer 2", "twee", "tweede"), then an
/// unambiguous part of the title ("groen" finds "Groen en natuur"), then a title named inside a
/// sentence. Case and accents never matter. More than one result means the answer was ambiguous.
/// Pure, so it is tested with tables.
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

    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IReadOnlyList<ReplyChoice> choices)
    {
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
        return parts.Count > 0 ? parts : Matching(choices, title => ContainsWords(folded, title));
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
