namespace BuurtBot.Dialogs.Domain.Peilingen;

public enum PeilingKind
{
    /// <summary>A question with 2–6 options of the coordinator's own.</summary>
    Keuze,

    /// <summary>Support for an initiatief: "Ja" or "Nee"; its result can carry the draagvlak label.</summary>
    Steun,
}
