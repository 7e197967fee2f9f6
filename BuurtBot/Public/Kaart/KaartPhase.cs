using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Public.Kaart;

/// <summary>Nine statuses are too many colours for a map; four phases, each its own colour and shape.</summary>
public enum KaartPhase
{
    Voorbereiding,
    Uitvoering,
    Afgerond,
    Gestopt,
}

public static class KaartPhases
{
    public static IReadOnlyList<KaartPhase> All { get; } = Enum.GetValues<KaartPhase>();

    public static KaartPhase Of(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.Ingediend or InitiatiefStatus.InBehandeling or InitiatiefStatus.Gesprek => KaartPhase.Voorbereiding,
        InitiatiefStatus.DealGesloten or InitiatiefStatus.InUitvoering => KaartPhase.Uitvoering,
        InitiatiefStatus.Evaluatie or InitiatiefStatus.Afgerond => KaartPhase.Afgerond,
        _ => KaartPhase.Gestopt,
    };

    /// <summary>The legend's words, with the shape named so the legend works without colour.</summary>
    public static string Legend(KaartPhase phase) => phase switch
    {
        KaartPhase.Voorbereiding => PublicTexts.LegendVoorbereiding,
        KaartPhase.Uitvoering => PublicTexts.LegendUitvoering,
        KaartPhase.Afgerond => PublicTexts.LegendAfgerond,
        _ => PublicTexts.LegendGestopt,
    };

    public static string CssClass(KaartPhase phase) => "fase-" + phase.ToString().ToLowerInvariant();
}
