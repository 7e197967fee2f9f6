using System.Globalization;
using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds a number in what a resident typed: "3", "2,5", "1.000", "€ 250", "drie", "vijfentwintig",
/// "three". Dutch conventions win where they clash: a comma is the decimal sign, and a dot followed by
/// exactly three digits groups thousands. Pure, so it is tested with tables.
/// </summary>
public static partial class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7,
        ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14,
        ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20,
        ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80,
        ["negentig"] = 90, ["honderd"] = 100, ["duizend"] = 1000,
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000,
    };

    public static decimal? Recognize(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (Digits().Match(folded) is { Success: true } match)
        {
            return ParseDigits(match.Value);
        }

        // "een" is mostly the article ("een bankje"), so it only counts as 1 on its own.
        if (folded == "een")
        {
            return 1;
        }

        foreach (var word in TextNormalizer.Words(folded))
        {
            if (word != "een" && ParseWord(word) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>One number word, including Dutch compounds such as "drieentwintig" (accents folded).</summary>
    public static int? ParseWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Words.TryGetValue(word, out var number))
        {
            return number;
        }

        // Dutch says the unit first: "vijf-en-twintig".
        for (var at = word.IndexOf("en", 1, StringComparison.Ordinal); at > 0; at = word.IndexOf("en", at + 1, StringComparison.Ordinal))
        {
            if (Words.TryGetValue(word[..at], out var unit) && unit is >= 1 and <= 9
                && Words.TryGetValue(word[(at + 2)..], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0)
            {
                return tens + unit;
            }
        }

        return null;
    }

    private static decimal? ParseDigits(string raw)
    {
        var negative = raw.StartsWith('-');
        var digits = negative ? raw[1..] : raw;
        var lastComma = digits.LastIndexOf(',');
        var lastDot = digits.LastIndexOf('.');
        string invariant;
        if (lastComma >= 0 && lastDot >= 0)
        {
            // Both: the last one is the decimal sign ("1.250,50" or "1,250.50").
            var thousands = lastComma > lastDot ? "." : ",";
            invariant = digits.Replace(thousands, "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (lastComma >= 0)
        {
            invariant = digits.Replace(',', '.');
        }
        else if (lastDot >= 0 && IsThousandsGrouping(digits))
        {
            invariant = digits.Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            invariant = digits;
        }

        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? negative ? -value : value
            : null;
    }

    private static bool IsThousandsGrouping(string digits)
    {
        var groups = digits.Split('.');
        return groups.Skip(1).All(group => group.Length == 3) && groups[0].Length is >= 1 and <= 3;
    }

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)*")]
    private static partial Regex Digits();
}
