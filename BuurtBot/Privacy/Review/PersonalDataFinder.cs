using System.Text.RegularExpressions;

namespace BuurtBot.Privacy.Review;

/// <summary>
/// Finds what looks like personal data in a text a resident typed, so the coordinator who reviews
/// the public text sees it marked: phone numbers, e-mail addresses, a postcode with a house number,
/// IBANs and a name after "ik ben" or "mijn naam is". A help for the reviewer, not a guarantee:
/// it prefers marking too much to missing a number.
/// </summary>
public static partial class PersonalDataFinder
{
    public static IReadOnlyList<PersonalDataMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<PersonalDataMatch>();
        Add(found, Email(), text, PersonalDataKind.Email);
        Add(found, Iban(), text, PersonalDataKind.Iban);
        Add(found, PostcodeWithNumber(), text, PersonalDataKind.Adres);
        Add(found, Phone(), text, PersonalDataKind.Telefoon);
        foreach (Match match in Name().Matches(text))
        {
            var name = match.Groups["name"];
            found.Add(new PersonalDataMatch(PersonalDataKind.Naam, name.Index, name.Length, name.Value));
        }

        // Overlaps (an IBAN's digits look like a phone number) keep the first, most specific kind.
        var kept = new List<PersonalDataMatch>();
        foreach (var match in found)
        {
            if (!kept.Any(k => match.Start < k.Start + k.Length && k.Start < match.Start + match.Length))
            {
                kept.Add(match);
            }
        }

        return [.. kept.OrderBy(m => m.Start)];
    }

    /// <summary>The text cut into pieces, each marked with its kind when it looks like personal data.</summary>
    public static IReadOnlyList<(string Text, PersonalDataKind? Kind)> Segments(string? text)
    {
        var pieces = new List<(string, PersonalDataKind?)>();
        var at = 0;
        foreach (var match in Find(text))
        {
            if (match.Start > at)
            {
                pieces.Add((text![at..match.Start], null));
            }

            pieces.Add((match.Value, match.Kind));
            at = match.Start + match.Length;
        }

        if (text is not null && at < text.Length)
        {
            pieces.Add((text[at..], null));
        }

        return pieces;
    }

    private static void Add(List<PersonalDataMatch> found, Regex regex, string text, PersonalDataKind kind)
    {
        foreach (Match match in regex.Matches(text))
        {
            found.Add(new PersonalDataMatch(kind, match.Index, match.Length, match.Value));
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // NL91 ABNA 0417 1643 00, with or without spaces.
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    // "1234 AB 12", "1234AB, nr 5", and a street with a number before it: "Lapersweg 12, 1213 AB".
    [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\b[\s,]*(?:(?:nr|nummer|huisnummer)\.?\s*)?\d{1,5}\s?[a-z]?\b|\b[A-Z][a-z]+(?:straat|weg|laan|plein|hof|dreef|gracht|kade|singel|pad|steeg)\s+\d{1,5}\s?[a-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeWithNumber();

    // 06-12345678, 06 1234 5678, 035-1234567, +31 6 12345678, 0031612345678.
    [GeneratedRegex(@"(?<![\w])(?:\+31|0031|0)(?:[\s\-.]?\d){9}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // "ik ben Jan Pietersen", "mijn naam is Jan de Vries", "groet, ..." not: names are words with a capital.
    [GeneratedRegex(@"\b(?i:ik\s+ben|mijn\s+naam\s+is|ik\s+heet|groet(?:en)?\s*,?|bel\s+me\s+gerust:?)\s+(?<name>\p{Lu}[\p{L}'\-]+(?:\s+(?:(?:van|der|den|de|ter|ten|het)\b|\p{Lu}[\p{L}'\-]+)){0,4})", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
