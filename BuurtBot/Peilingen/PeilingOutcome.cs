namespace BuurtBot.Peilingen;

public enum PeilingStep
{
    /// <summary>Done: sent to everyone (or closed and the result sent).</summary>
    Done,

    /// <summary>Quiet hours or not yet open: try again at <see cref="PeilingOutcome.RetryAt"/>.</summary>
    Deferred,

    /// <summary>Nothing to do: no such peiling, already closed, or not yet due.</summary>
    Nothing,
}

/// <summary>What a send or close run did; <see cref="Count"/> is how many residents it reached.</summary>
public sealed record PeilingOutcome(PeilingStep Step, int Count = 0, DateTimeOffset? RetryAt = null);
