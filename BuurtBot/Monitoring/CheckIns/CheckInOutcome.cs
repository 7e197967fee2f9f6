namespace BuurtBot.Monitoring.CheckIns;

public enum CheckInStatus
{
    /// <summary>The check-in event is in the resident's inbox.</summary>
    Sent,

    /// <summary>This round was sent before (a second fire, a race): nothing new.</summary>
    AlreadySent,

    /// <summary>Quiet hours: try again at <see cref="CheckInOutcome.RetryAt"/>.</summary>
    Deferred,

    /// <summary>No check-in is due yet.</summary>
    NotDue,

    /// <summary>The deal is no longer in uitvoering, or has no plan.</summary>
    NotInUitvoering,

    /// <summary>Every resident afspraak is done: only the gemeente's side was asked (a coordinator task).</summary>
    NothingToAsk,

    /// <summary>The resident cannot be reached; the coordinator has a task to say so.</summary>
    Unreachable,
}

/// <summary>What one attempt to send a check-in did; <see cref="Due"/> is the round it was for.</summary>
public sealed record CheckInOutcome(CheckInStatus Status, DateTimeOffset? Due = null, DateTimeOffset? RetryAt = null, string? RoundKey = null);
