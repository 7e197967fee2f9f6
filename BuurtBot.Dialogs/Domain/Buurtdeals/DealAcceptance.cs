using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>
/// One side saying yes to one version of the deal. Kept even when the deal changes afterwards,
/// so the history shows who agreed to what; only acceptances of the current version count.
/// </summary>
public sealed record DealAcceptance(DealSide Side, int Version, ActorKind ActorKind, string ActorId, DateTime At)
{
    public string ActorId { get; private set; } = ActorId;

    /// <summary>Changed in place so a stored acceptance keeps its identity.</summary>
    internal void ForgetActor(string placeholder) => ActorId = placeholder;
}
