namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// One resident's answer to one question of the wijkgesprek (the wijkanalyse in the chat): a thema,
/// a sentence, or both. The sentence is the resident's own words: only the wijk's coordinators read
/// it; the public sees counts per thema. A new wijkgesprek in the same year replaces the resident's
/// earlier answers of that year (the host deletes them first).
/// </summary>
public sealed class WijkgesprekAntwoord
{
    public const int MaxTextLength = 400;

    private WijkgesprekAntwoord(Guid id, string residentId, string wijk, int year, WijkgesprekVraag vraag, Thema? thema, string? text, DateTime answeredUtc)
    {
        Id = id;
        ResidentId = residentId;
        Wijk = wijk;
        Year = year;
        Vraag = vraag;
        Thema = thema;
        Text = text;
        AnsweredUtc = answeredUtc;
    }

    // For EF Core materialisation.
    private WijkgesprekAntwoord()
    {
        ResidentId = Wijk = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The resident (their conversation id, as everywhere else), for the export and the erase.</summary>
    public string ResidentId { get; private set; }

    public string Wijk { get; private set; }

    public int Year { get; private set; }

    public WijkgesprekVraag Vraag { get; private set; }

    public Thema? Thema { get; private set; }

    /// <summary>Free text typed by the resident; null when they only tapped a thema.</summary>
    public string? Text { get; private set; }

    public DateTime AnsweredUtc { get; private set; }

    public static WijkgesprekAntwoord Answer(string residentId, string wijk, int year, WijkgesprekVraag vraag, Thema? thema, string? text, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(year);
        UtcTime.Require(now, nameof(now));
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (thema is null && trimmed is null)
        {
            throw new ArgumentException("A wijkgesprek answer has a thema, a text or both; a skipped question is not stored.", nameof(text));
        }

        if (trimmed is { Length: > MaxTextLength })
        {
            throw new ArgumentException($"The text is at most {MaxTextLength} characters; it is {trimmed.Length}.", nameof(text));
        }

        return new WijkgesprekAntwoord(Guid.NewGuid(), residentId, wijk, year, vraag, thema, trimmed, now);
    }
}
