namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// Where an initiatief is in the programme's process. Stored by name, so never rename a member;
/// <see cref="InitiatiefLifecycle"/> holds the allowed moves.
/// </summary>
public enum InitiatiefStatus
{
    /// <summary>Initiatief binnen.</summary>
    Ingediend,

    /// <summary>Check intern by the wijkteam.</summary>
    InBehandeling,

    /// <summary>Gesprek wederkerigheid: the buurtdeal is being worked out.</summary>
    Gesprek,

    /// <summary>Both sides accepted the same version of the buurtdeal.</summary>
    DealGesloten,

    InUitvoering,
    Evaluatie,
    Afgerond,
    Afgewezen,
    Ingetrokken,
}
