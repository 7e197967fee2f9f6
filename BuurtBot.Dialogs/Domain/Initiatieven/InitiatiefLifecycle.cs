namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// The rules of the process, as a table: the main line Ingediend → … → Afgerond, Afgewezen from
/// any state before DealGesloten, Ingetrokken from any state that is not final.
/// </summary>
public static class InitiatiefLifecycle
{
    private static readonly InitiatiefStatus[] MainLine =
    [
        InitiatiefStatus.Ingediend,
        InitiatiefStatus.InBehandeling,
        InitiatiefStatus.Gesprek,
        InitiatiefStatus.DealGesloten,
        InitiatiefStatus.InUitvoering,
        InitiatiefStatus.Evaluatie,
        InitiatiefStatus.Afgerond,
    ];

    private static readonly Dictionary<InitiatiefStatus, InitiatiefStatus[]> Allowed =
        Enum.GetValues<InitiatiefStatus>().ToDictionary(from => from, Compute);

    /// <summary>The statuses an initiatief may move to from <paramref name="from"/>, main line first.</summary>
    public static IReadOnlyList<InitiatiefStatus> AllowedFrom(InitiatiefStatus from) => Allowed[from];

    public static bool IsAllowed(InitiatiefStatus from, InitiatiefStatus to) => Allowed[from].Contains(to);

    /// <summary>Afgerond, Afgewezen and Ingetrokken: nothing can happen after these.</summary>
    public static bool IsFinal(InitiatiefStatus status) =>
        status is InitiatiefStatus.Afgerond or InitiatiefStatus.Afgewezen or InitiatiefStatus.Ingetrokken;

    /// <summary>The DomainTexts key of what happens next, to tell the resident after each move.</summary>
    public static string NextStepTextKey(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.Ingediend => nameof(DomainTexts.NextStep_Ingediend),
        InitiatiefStatus.InBehandeling => nameof(DomainTexts.NextStep_InBehandeling),
        InitiatiefStatus.Gesprek => nameof(DomainTexts.NextStep_Gesprek),
        InitiatiefStatus.DealGesloten => nameof(DomainTexts.NextStep_DealGesloten),
        InitiatiefStatus.InUitvoering => nameof(DomainTexts.NextStep_InUitvoering),
        InitiatiefStatus.Evaluatie => nameof(DomainTexts.NextStep_Evaluatie),
        InitiatiefStatus.Afgerond => nameof(DomainTexts.NextStep_Afgerond),
        InitiatiefStatus.Afgewezen => nameof(DomainTexts.NextStep_Afgewezen),
        InitiatiefStatus.Ingetrokken => nameof(DomainTexts.NextStep_Ingetrokken),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A status without a next step in DomainTexts.resx; add NextStep_<status> there and here."),
    };

    /// <summary>The DomainTexts key of the status's name as residents see it.</summary>
    public static string StatusTextKey(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.Ingediend => nameof(DomainTexts.Status_Ingediend),
        InitiatiefStatus.InBehandeling => nameof(DomainTexts.Status_InBehandeling),
        InitiatiefStatus.Gesprek => nameof(DomainTexts.Status_Gesprek),
        InitiatiefStatus.DealGesloten => nameof(DomainTexts.Status_DealGesloten),
        InitiatiefStatus.InUitvoering => nameof(DomainTexts.Status_InUitvoering),
        InitiatiefStatus.Evaluatie => nameof(DomainTexts.Status_Evaluatie),
        InitiatiefStatus.Afgerond => nameof(DomainTexts.Status_Afgerond),
        InitiatiefStatus.Afgewezen => nameof(DomainTexts.Status_Afgewezen),
        InitiatiefStatus.Ingetrokken => nameof(DomainTexts.Status_Ingetrokken),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A status without a name in DomainTexts.resx; add Status_<status> there and here."),
    };

    private static InitiatiefStatus[] Compute(InitiatiefStatus from)
    {
        if (IsFinal(from))
        {
            return [];
        }

        var moves = new List<InitiatiefStatus>();
        var index = Array.IndexOf(MainLine, from);
        moves.Add(MainLine[index + 1]);
        // Once the deal is closed the gemeente has committed; from then on only the resident can stop it.
        if (index < Array.IndexOf(MainLine, InitiatiefStatus.DealGesloten))
        {
            moves.Add(InitiatiefStatus.Afgewezen);
        }

        moves.Add(InitiatiefStatus.Ingetrokken);
        return [.. moves];
    }
}
