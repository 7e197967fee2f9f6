namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// One move of an initiatief, kept for the resident, the coordinator and the buurtmonitor.
/// The actor is flattened into kind and id so EF Core maps it as two plain columns.
/// </summary>
public sealed record TimelineEntry
{
    public TimelineEntry(Guid id, DateTime at, ActorKind actorKind, string actorId, InitiatiefStatus? from, InitiatiefStatus to, string? reason)
    {
        Id = id;
        At = at;
        ActorKind = actorKind;
        ActorId = actorId;
        From = from;
        To = to;
        Reason = reason;
    }

    public Guid Id { get; private init; }

    /// <summary>UTC.</summary>
    public DateTime At { get; private init; }

    public ActorKind ActorKind { get; private init; }

    public string ActorId { get; private set; }

    /// <summary>Null for the first entry: the initiatief being submitted.</summary>
    public InitiatiefStatus? From { get; private init; }

    public InitiatiefStatus To { get; private init; }

    public string? Reason { get; private set; }

    public Actor Actor => Actor.From(ActorKind, ActorId);

    /// <summary>Changed in place (not copied) so a stored entry keeps its identity.</summary>
    /// <summary>"Vergeet mij": who it was goes, and so does the reason they typed (a withdrawal's "why").</summary>
    internal void ForgetActor(string placeholder)
    {
        ActorId = placeholder;
        Reason = null;
    }
}
