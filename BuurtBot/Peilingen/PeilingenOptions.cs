using BuurtBot.Dialogs.Domain.Peilingen;

namespace BuurtBot.Peilingen;

/// <summary>
/// Buurtpeilingen (section <c>Peilingen</c>). A steun peiling shows "draagvlak" when at least
/// <see cref="DraagvlakMinAnswers"/> residents answered and the share of "Ja" among all answers is
/// at least <see cref="DraagvlakThreshold"/> (0.6 = 60%).
/// </summary>
public sealed class PeilingenOptions : IDraagvlakRule
{
    public const string Section = "Peilingen";

    /// <summary>Share of "Ja" among the answers, from 0 to 1, for the draagvlak label.</summary>
    public double DraagvlakThreshold { get; set; } = 0.6;

    /// <summary>Fewer answers than this never make draagvlak, however many say yes.</summary>
    public int DraagvlakMinAnswers { get; set; } = 10;
}
