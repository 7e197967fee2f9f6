namespace BuurtBot.Wijkjaar;

/// <summary>
/// "Wijken in cijfers" for one wijk and year, as the wijkanalyse starts from it: the buurtmonitor's figures
/// (over published initiatieven only) counted within that year. Counts and one average, no texts.
/// </summary>
public sealed record WijkCijfers(
    string Wijk,
    int Year,
    int Initiatieven,
    int Buurtdeals,
    int AfsprakenGedaan,
    int Afspraken,
    int CheckInsSent,
    int CheckInsAnswered,
    int LooptGoed,
    int LooptAchter,
    int HulpNodig,
    int Evaluaties,
    double? GemiddeldeTevredenheid,
    int Peilingen,
    int PeilingAntwoorden)
{
    /// <summary>The share of check-ins answered, in whole percent; null when none was sent.</summary>
    public int? CheckInsAnsweredPercent => CheckInsSent == 0 ? null : (int)Math.Round(100.0 * CheckInsAnswered / CheckInsSent);

    /// <summary>The average for a public page: only from enough evaluations, so that no one resident's score shows.</summary>
    public double? PubliekGemiddelde => Evaluaties >= Jaarverslag.MinEvaluatiesVoorGemiddelde ? GemiddeldeTevredenheid : null;
}
