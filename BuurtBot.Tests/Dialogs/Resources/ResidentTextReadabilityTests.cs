using BuurtBot.Tests.Testing;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BuurtBot.Admin.Handoff;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Dialogs.Resources;

/// <summary>
/// Every Dutch text a resident can read (the dialogs' resources and the host's handoff sentences) is
/// checked against B1 advice ("Direct duidelijk", Rijksoverheid): sentences of 15 words on average and
/// never more than 25; a Flesch-Douma score of at least 65 over all texts (60–70 reads "vrij
/// makkelijk", 70–80 "makkelijk") and at least 50 for every text of ten words or more; and no
/// programme or privacy jargon unless the text explains it right there. The worst ten are printed.
/// </summary>
public sealed partial class ResidentTextReadabilityTests(ITestOutputHelper output)
{
    private const double MaxAverageWordsPerSentence = 15;
    private const int MaxWordsPerSentence = 25;
    private const double MinScoreOverall = 65;
    private const double MinScorePerText = 50;
    private const int WordsForAScore = 10;
    private const int WordsForAMessage = 5;

    /// <summary>Words a resident cannot be expected to know; each must be explained where it is used.</summary>
    private static readonly string[] Jargon =
    [
        "wederkerigheid", "monitoring", "afspraakpunt", "avg", "draagvlak", "verwerkingsverantwoordelijke", "grondslag", "retentie",
        "escalatie", "bewaartermijn", "verwerkingsregister", "pseudoniem", "anonimiseren",
    ];

    [Fact]
    public void EveryResidentTextReadsAtB1()
    {
        var texts = ResidentTexts().ToList();
        Assert.True(texts.Count > 200, $"Only {texts.Count} texts found: are the resources where this test looks?");

        var measured = texts.Select(t => Measure(t.Source, t.Text)).ToList();

        // The average and the overall score are over messages: button titles ("Loopt goed") are no
        // sentences, and counting them would flatter both figures.
        var messages = measured.Where(m => m.Words >= WordsForAMessage).ToList();
        var words = messages.Sum(m => m.Words);
        var sentences = messages.Sum(m => m.Sentences);
        var overall = DutchReadability.FleschDouma(words, sentences, messages.Sum(m => m.Syllables));
        var average = (double)words / sentences;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Count} texts, of which {messages.Count} messages: {sentences} sentences, {words} words: {average:0.0} words per sentence, Flesch-Douma {overall:0.0}"));
        output.WriteLine("The ten hardest texts (Flesch-Douma, longest sentence):");
        foreach (var m in measured.Where(m => m.Words >= WordsForAScore).OrderBy(m => m.Score).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Score,6:0.0} {m.Longest,3} {m.Source}: {m.Text.Replace('\n', ' ')}"));
        }

        var problems = new List<string>();
        problems.AddRange(measured.Where(m => m.Longest > MaxWordsPerSentence).Select(m => $"{m.Source}: a sentence of {m.Longest} words (at most {MaxWordsPerSentence})"));
        problems.AddRange(measured.Where(m => m.Words >= WordsForAScore && m.Score < MinScorePerText)
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Source}: Flesch-Douma {m.Score:0.0} (at least {MinScorePerText})")));
        problems.AddRange(texts.SelectMany(t => UnexplainedJargon(t.Text).Select(j => $"{t.Source}: '{j}' is not explained")));
        if (average > MaxAverageWordsPerSentence)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{average:0.0} words per sentence on average (at most {MaxAverageWordsPerSentence})"));
        }

        if (overall < MinScoreOverall)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Flesch-Douma {overall:0.0} over all texts (at least {MinScoreOverall})"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// A jargon word is explained by a parenthesis or a colon right after it ("wederkerigheid: bij een
    /// buurtdeal doen …"), or by "dat betekent" / "dat wil zeggen" / ": dat is" in the same text.
    /// </summary>
    private static IEnumerable<string> UnexplainedJargon(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var word in Jargon)
        {
            var at = Regex.Match(lower, $@"\b{Regex.Escape(word)}\b");
            if (!at.Success)
            {
                continue;
            }

            var after = lower[(at.Index + word.Length)..].TrimStart();
            var explained = after.StartsWith('(') || after.StartsWith(':') || lower.Contains("dat betekent", StringComparison.Ordinal)
                || lower.Contains("dat wil zeggen", StringComparison.Ordinal) || lower.Contains(": dat is", StringComparison.Ordinal);
            if (!explained)
            {
                yield return word;
            }
        }
    }

    private static Measured Measure(string source, string text)
    {
        var sentences = DutchReadability.Sentences(text);
        var words = DutchReadability.Words(text);
        var syllables = words.Sum(DutchReadability.Syllables);
        var count = Math.Max(1, sentences.Count);
        return new Measured(source, text, words.Count, count, syllables,
            sentences.Count == 0 ? 0 : sentences.Max(s => DutchReadability.Words(s).Count),
            words.Count == 0 ? 100 : DutchReadability.FleschDouma(words.Count, count, syllables));
    }

    /// <summary>The Dutch (neutral) resources of the dialogs, placeholders filled with an everyday word, and the handoff's sentences.</summary>
    private static IEnumerable<(string Source, string Text)> ResidentTexts()
    {
        var dialogs = Path.Combine(Repository.Root(), "BuurtBot.Dialogs");
        foreach (var file in Directory.EnumerateFiles(dialogs, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                var value = data.Element("value")?.Value.Trim();
                if (!string.IsNullOrEmpty(value))
                {
                    yield return ($"{Path.GetFileNameWithoutExtension(file)}.{data.Attribute("name")!.Value}", Placeholder().Replace(value, "bankje"));
                }
            }
        }

        var monday = new DateTime(2027, 3, 15, 9, 0, 0, DateTimeKind.Unspecified);
        yield return ("HandoffTexts.Queued", HandoffTexts.Queued("nl-NL", null));
        yield return ("HandoffTexts.QueuedClosed", HandoffTexts.Queued("nl-NL", monday));
        yield return ("HandoffTexts.TakenOver", HandoffTexts.TakenOver("nl-NL", "Anna", "Centrum"));
        yield return ("HandoffTexts.HandedBack", HandoffTexts.HandedBack("nl-NL", "Anna"));
        yield return ("HandoffTexts.HandedBackToMenu", HandoffTexts.HandedBackToMenu("nl-NL", "Anna"));
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    private sealed record Measured(string Source, string Text, int Words, int Sentences, int Syllables, int Longest, double Score);
}
