namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>
/// A check-in round was asked for a step its chain does not allow from here (sent → reminded →
/// escalated, each only while unanswered). The sweep that asked selects its rounds by these same
/// moments; reload the round and look again.
/// </summary>
public sealed class CheckInRoundOutOfOrderException : InvalidOperationException
{
    public CheckInRoundOutOfOrderException(string roundKey, string step, string because)
        : base($"Check-in round {roundKey} cannot {step}: {because}. A round is reminded once while unanswered, and escalated once after its reminder while still unanswered.")
    {
        RoundKey = roundKey;
        Step = step;
    }

    public string RoundKey { get; }

    public string Step { get; }
}
