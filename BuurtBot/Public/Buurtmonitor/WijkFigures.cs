using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Public.Buurtmonitor;

/// <summary>The buurtmonitor's figures for one wijk, over its published initiatieven only.</summary>
public sealed record WijkFigures(
    string Wijk,
    string? WijkCode,
    IReadOnlyDictionary<InitiatiefStatus, int> ByStatus,
    int DealsProposed,
    int DealsClosed,
    AfspraakTally Bewoners,
    AfspraakTally Gemeente,
    int CheckInsSent,
    int CheckInsAnswered,
    int LooptGoed,
    int LooptAchter,
    int HulpNodig,
    int Evaluations,
    double? AverageSatisfaction,
    double? WouldDoAgainPercent,
    int Supporters,
    IReadOnlyList<MonthCount> SupportByMonth)
{
    public int Initiatieven => ByStatus.Values.Sum();
}

/// <summary>A count in one calendar month (<c>2026-03</c>, UTC).</summary>
public sealed record MonthCount(string Month, int Count);
