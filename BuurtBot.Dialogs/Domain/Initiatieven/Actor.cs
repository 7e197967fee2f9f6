namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>Who does something to an initiatief: a resident, a buurtcoördinator, or the system (a scheduled job).</summary>
public sealed record Actor
{
    private Actor(ActorKind kind, string id)
    {
        Kind = kind;
        Id = id;
    }

    public ActorKind Kind { get; }

    /// <summary>The resident id, the coordinator's id, or "system".</summary>
    public string Id { get; }

    public static Actor System { get; } = new(ActorKind.System, "system");

    public static Actor Resident(string residentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        return new Actor(ActorKind.Resident, residentId);
    }

    public static Actor Coordinator(string coordinatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinatorId);
        return new Actor(ActorKind.Coordinator, coordinatorId);
    }

    /// <summary>Rebuilds an actor from stored values (a timeline entry), without re-validating.</summary>
    public static Actor From(ActorKind kind, string id) => new(kind, id);

    public override string ToString() => $"{Kind} {Id}";
}
