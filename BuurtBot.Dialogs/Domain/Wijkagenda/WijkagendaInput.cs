namespace BuurtBot.Dialogs.Domain.Wijkagenda;

/// <summary>
/// One resident's wijkagenda answer for one year: up to three themes and one sentence. One per
/// resident per year (Europe/Amsterdam, worked out by the host): a new answer in the same year
/// revises it rather than adding a second.
/// </summary>
public sealed class WijkagendaInput
{
    public const int MaxThemas = 3;

    /// <summary>The column's limit; the conversation asks for less (<c>WijkagendaDialog.MaxSentenceLength</c>).</summary>
    public const int MaxSentenceLength = 400;

    private WijkagendaInput(Guid id, string residentId, int year)
    {
        Id = id;
        ResidentId = residentId;
        Year = year;
        Wijk = Themas = Sentence = string.Empty;
    }

    // For EF Core materialisation.
    private WijkagendaInput()
    {
        ResidentId = Wijk = Themas = Sentence = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The resident (their conversation id, as everywhere else).</summary>
    public string ResidentId { get; private set; }

    public string Wijk { get; private set; }

    public int Year { get; private set; }

    /// <summary>The chosen themes, by name, comma-separated (at most three): one short column the summary groups on.</summary>
    public string Themas { get; private set; }

    /// <summary>Free text typed by the resident: shown only to the wijk's coordinators, never in open data.</summary>
    public string Sentence { get; private set; }

    public DateTime AnsweredUtc { get; private set; }

    public IReadOnlyList<Thema> ThemaList => ParseThemas(Themas);

    /// <summary>A resident's first answer of <paramref name="year"/>.</summary>
    public static WijkagendaInput Answer(string residentId, string wijk, int year, IEnumerable<Thema> themas, string sentence, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(year);
        var input = new WijkagendaInput(Guid.NewGuid(), residentId, year);
        input.Revise(wijk, themas, sentence, now);
        return input;
    }

    /// <summary>
    /// The resident answers again in the same year: the new answer replaces the old one whole.
    /// The same theme twice counts once; more than <see cref="MaxThemas"/> themes are refused.
    /// </summary>
    public void Revise(string wijk, IEnumerable<Thema> themas, string sentence, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentNullException.ThrowIfNull(themas);
        ArgumentNullException.ThrowIfNull(sentence);
        UtcTime.Require(now, nameof(now));
        var distinct = themas.Distinct().ToList();
        if (distinct.Count > MaxThemas)
        {
            throw new ArgumentException($"A wijkagenda answer names at most {MaxThemas} themes; it named {distinct.Count}.", nameof(themas));
        }

        if (sentence.Length > MaxSentenceLength)
        {
            throw new ArgumentException($"The sentence is at most {MaxSentenceLength} characters; it is {sentence.Length}.", nameof(sentence));
        }

        Wijk = wijk;
        Themas = string.Join(',', distinct);
        Sentence = sentence;
        AnsweredUtc = now;
    }

    /// <summary>The themes stored in <see cref="Themas"/>; a name no longer known is skipped.</summary>
    public static IReadOnlyList<Thema> ParseThemas(string themas) =>
        [.. (themas ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Enum.TryParse<Thema>(t, out var thema) ? (Thema?)thema : null).OfType<Thema>()];
}
