namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// A beheerder's proposal that a misunderstood answer should mean one of the buttons of its question. Never
/// applied to the live bot: the developers take the list in (<see cref="VoorstellenTsv"/>) as cases of the
/// understanding corpus, and a release makes the bot understand them. The text is the masked answer as the
/// beheerder checked (and perhaps shortened) it; it has no link to a resident.
/// </summary>
public sealed class AntwoordVoorstel
{
    public long Id { get; set; }

    public required string Where { get; set; }

    /// <summary>The corpus family (<see cref="OnbegrepenPlaces.Family"/>).</summary>
    public required string Family { get; set; }

    public required string Locale { get; set; }

    /// <summary>The wijk whose buurten the question offered (for the buurt question only).</summary>
    public string? Wijk { get; set; }

    public required string Text { get; set; }

    /// <summary>The button's value, as the prompt returns it.</summary>
    public required string Meaning { get; set; }

    /// <summary>The button's title, for the page.</summary>
    public required string MeaningTitle { get; set; }

    public required string ProposedBy { get; set; }

    public DateTime ProposedUtc { get; set; }
}
