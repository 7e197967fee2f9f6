namespace BuurtBot.Dialogs.Domain.Steun;

/// <summary>
/// A milestone was to be recorded for an initiatief with fewer supporters: the initiatiefnemer
/// would be told of support it does not have. Count again and check <see cref="SteunMijlpaal.IsReached"/> first.
/// </summary>
public sealed class SteunMijlpaalNotReachedException : InvalidOperationException
{
    public SteunMijlpaalNotReachedException(Guid initiatiefId, int milestone, int supporters)
        : base($"Initiatief {initiatiefId} has {supporters} supporters; milestone {milestone} is not reached.")
    {
        InitiatiefId = initiatiefId;
        Milestone = milestone;
        Supporters = supporters;
    }

    public Guid InitiatiefId { get; }

    public int Milestone { get; }

    public int Supporters { get; }
}
