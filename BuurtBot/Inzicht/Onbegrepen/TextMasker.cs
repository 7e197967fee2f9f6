using System.Text;
using System.Text.RegularExpressions;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Masks a misunderstood answer before it is stored: e-mail addresses, IBANs, phone numbers, postcodes,
/// other long numbers and names become a placeholder. It runs at write time, so the unmasked text never
/// reaches the database. Names cannot be recognised reliably, so it masks too much rather than too little:
/// every capitalised word that does not start a sentence counts as a name, unless it is one of the
/// <c>places</c> given (the wijken, their aliases and buurten: a place everyone shares points at nobody).
/// </summary>
public static partial class TextMasker
{
    public const string EmailMask = "[e-mail]";
    public const string PhoneMask = "[telefoon]";
    public const string PostcodeMask = "[postcode]";
    public const string IbanMask = "[rekening]";
    public const string NumberMask = "[nummer]";
    public const string NameMask = "[naam]";

    public static string Mask(string? text, IReadOnlySet<string>? places = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Most specific first: an e-mail address holds names, an IBAN and a phone number hold long numbers.
        var masked = Email().Replace(text, EmailMask);
        masked = Iban().Replace(masked, IbanMask);
        masked = Phone().Replace(masked, PhoneMask);
        masked = Postcode().Replace(masked, PostcodeMask);
        masked = LongNumber().Replace(masked, NumberMask);
        masked = IntroducedName().Replace(masked, m => m.Value[..(m.Groups["name"].Index - m.Index)] + NameMask);
        masked = Signature().Replace(masked, m => m.Value[..(m.Groups["name"].Index - m.Index)] + NameMask);
        return CapitalisedWords(masked, places);
    }

    /// <summary>
    /// A run of capitalised words (with "van", "de" and the like between them) is a name unless it is one
    /// word at the start of a sentence ("Ja", "Graag"): a run of two or more there is masked too.
    /// </summary>
    private static string CapitalisedWords(string text, IReadOnlySet<string>? places)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (Match match in CapitalisedRun().Matches(text))
        {
            result.Append(text, at, match.Index - at);
            var startsSentence = StartsSentence(text, match.Index);
            var words = match.Groups["word"].Captures.Count;
            var keep = (startsSentence && words == 1) || places?.Contains(match.Value) == true;
            result.Append(keep ? match.Value : NameMask);
            at = match.Index + match.Length;
        }

        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '(' or '-')
            {
                if (c is '\n')
                {
                    return true;
                }

                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';';
        }

        return true;
    }

    [GeneratedRegex(@"[\p{L}0-9._%+\-]+@[\p{L}0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    // NL91 ABNA 0417 1643 00, with or without spaces.
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Iban();

    // 06-12345678, 0612345678, 06 1234 5678, +31 6 1234 5678, 0031 6..., 035-1234567, (035) 123 45 67.
    [GeneratedRegex(@"(?<![\w+])(?:\+31|0031|\(?0)(?:[\s\-.()]{0,3}\d){9}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    // 1211 AB and 1211AB; written together also in small letters (1211ab), apart only in capitals, so
    // "in 2024 is" stays as it is.
    [GeneratedRegex(@"\b[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\d{5,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LongNumber();

    // "ik ben Jan de Vries", "ik heet jan", "mijn naam is Jan": after "ik heet" and "mijn naam is" the
    // next word is a name even in small letters; after "ik ben" only a capitalised one ("ik ben blij").
    [GeneratedRegex(@"\b(?:(?i:ik\s+heet|mijn\s+naam\s+is)\s+(?<name>[\p{L}'\-]+(?:\s+(?:(?i:van|der|den|de|ter|ten|het|la|le|el|al|ben|bin|da|di|du|dos)\b|\p{Lu}[\p{L}'\-]*)){0,4})|(?i:ik\s+ben)\s+(?<name>\p{Lu}[\p{L}'\-]*(?:\s+(?:(?i:van|der|den|de|ter|ten|het|la|le|el|al|ben|bin|da|di|du|dos)\b|\p{Lu}[\p{L}'\-]*)){0,4}))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IntroducedName();

    // "groet, jan", "groeten Jan de Vries", "mvg Piet": up to four words after the greeting.
    [GeneratedRegex(@"\b(?i:groet(?:en)?|mvg|m\.v\.g\.?|gr)\b[\s,.:!\-]*(?<name>[\p{L}'\-]+(?:\s+[\p{L}'\-]+){0,3})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Signature();

    [GeneratedRegex(@"(?<![\p{L}\[])(?<word>\p{Lu}[\p{L}'\-]*)(?:\s+(?:(?:van|der|den|de|ter|ten|het|la|le|el|al|ben|bin|da|di|du|dos)\s+)*(?<word>\p{Lu}[\p{L}'\-]*))*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CapitalisedRun();
}
