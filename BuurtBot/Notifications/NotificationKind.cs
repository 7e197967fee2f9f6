namespace BuurtBot.Notifications;

/// <summary>What a coordinator can be e-mailed about; each can be turned off. Stored by name: never rename a member.</summary>
public enum NotificationKind
{
    /// <summary>A chat entered the coordinators' queue (in office hours at once, otherwise in the next morning's summary).</summary>
    Wachtrij,

    /// <summary>A resident answered "Hulp nodig" in a check-in.</summary>
    HulpNodig,

    /// <summary>A check-in stayed unanswered after the reminder (escalation).</summary>
    GeenReactie,

    /// <summary>A resident accepted a buurtdeal or asked to change it.</summary>
    Buurtdeal,

    /// <summary>The morning summary: open tasks, initiatieven waiting too long, chats in the queue.</summary>
    Dagoverzicht,

    /// <summary>A phase of the wijk's year opened (wijkanalyse, wijkagenda, buurtactiviteitenplan, monitoring).</summary>
    Wijkjaar,
}
