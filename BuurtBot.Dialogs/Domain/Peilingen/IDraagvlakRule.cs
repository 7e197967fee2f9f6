namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// When a steun peiling shows draagvlak: at least <see cref="DraagvlakMinAnswers"/> answers and a
/// share of "Ja" of at least <see cref="DraagvlakThreshold"/>. The municipality sets both (the host's
/// options implement this), so the rule is here and the numbers are configuration.
/// </summary>
public interface IDraagvlakRule
{
    /// <summary>Share of "Ja" among the answers, above 0 and at most 1.</summary>
    double DraagvlakThreshold { get; }

    /// <summary>Fewer answers than this never make draagvlak, however many say yes.</summary>
    int DraagvlakMinAnswers { get; }
}
