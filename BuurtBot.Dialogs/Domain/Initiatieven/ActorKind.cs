namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>Who made a change. Stored by name.</summary>
public enum ActorKind
{
    Resident,
    Coordinator,
    System,
}
