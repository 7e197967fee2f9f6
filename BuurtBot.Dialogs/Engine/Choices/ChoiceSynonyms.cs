namespace BuurtBot.Dialogs.Engine.Choices;

/// <summary>
/// The everyday words for a question's choices, by the choice's value: "speeltuin" for the thema
/// Spelen &amp; bewegen, "straks" for 'Later'. A one-word phrase also matches inside a longer word
/// ("verkeersdrempel" has "drempel"), as Dutch glues words together; the longest phrase found decides.
/// </summary>
public sealed class ChoiceSynonyms
{
    private readonly Dictionary<string, string[]> _byValue;

    public ChoiceSynonyms(IEnumerable<KeyValuePair<string, string[]>> phrasesByValue)
    {
        ArgumentNullException.ThrowIfNull(phrasesByValue);
        _byValue = phrasesByValue
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(pair => pair.Value).Select(TextNormalizer.Fold).Where(p => p.Length > 0).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public static ChoiceSynonyms Empty { get; } = new([]);

    /// <summary>The phrases for the choice with this value; none when it has no synonyms.</summary>
    public IReadOnlyList<string> For(string value) => _byValue.TryGetValue(value, out var phrases) ? phrases : [];
}
