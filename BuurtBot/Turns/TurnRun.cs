namespace BuurtBot.Turns;

/// <summary>
/// What one <see cref="TurnRunner.RunNextAsync"/> did: whether it ran an item, whether another was already
/// waiting behind it (read in the same query, so draining needs no extra pass that finds nothing), and
/// whether the turn left replies for the outbox to push (a web chat turn stores its replies as delivered).
/// </summary>
public readonly record struct TurnRun(bool Ran, bool MoreWaiting, bool RepliesToSend)
{
    public static TurnRun Nothing => default;
}
