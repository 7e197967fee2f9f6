namespace BuurtBot.Dialogs.Domain.Wijkagenda;

/// <summary>Where one version of a wijk's agenda is. Stored by name: never rename a member.</summary>
public enum WijkagendaStatus
{
    /// <summary>The wijkteam is working on it; only staff see it.</summary>
    Concept,

    /// <summary>Approved (by a coordinator of the wijk or a beheerder); not public yet.</summary>
    Goedgekeurd,

    /// <summary>On the wijk's public page and in open data.</summary>
    Gepubliceerd,
}
