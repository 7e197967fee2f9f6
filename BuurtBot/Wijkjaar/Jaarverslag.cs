using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// What a wijk's year brought, per doelstelling of its wijkagenda: the initiatieven the published
/// buurtactiviteitenplan put under that theme, how many got a closed buurtdeal, the afspraken done and the
/// residents' evaluations. Counts only, no titles: it is the monitoring that closes the year and the first
/// thing next year's wijkanalyse reads.
/// </summary>
public sealed record Jaarverslag(string Wijk, int Year, bool JaarVoorbij, IReadOnlyList<JaarverslagDoel> Doelen)
{
    /// <summary>Fewer evaluations than this give no public average: with one or two, the average is one resident's score.</summary>
    public const int MinEvaluatiesVoorGemiddelde = 5;

    public int Initiatieven => Doelen.Sum(d => d.Initiatieven);

    public int Buurtdeals => Doelen.Sum(d => d.Buurtdeals);

    public int AfsprakenGedaan => Doelen.Sum(d => d.AfsprakenGedaan);

    public int Afspraken => Doelen.Sum(d => d.Afspraken);
}

/// <summary>One doelstelling's year (its text null when the theme has left the agenda since the plan was published).</summary>
public sealed record JaarverslagDoel(
    Thema Thema, string? Doelstelling, int Initiatieven, int Buurtdeals, int AfsprakenGedaan, int Afspraken,
    int Evaluaties, double? GemiddeldeTevredenheid, int WouldDoAgain)
{
    /// <summary>The average satisfaction (1–5) for a public page: only from enough evaluations.</summary>
    public double? PubliekGemiddelde => Evaluaties >= Jaarverslag.MinEvaluatiesVoorGemiddelde ? GemiddeldeTevredenheid : null;
}
