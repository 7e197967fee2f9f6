namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>An initiatief was asked to make a move the lifecycle does not allow from its status.</summary>
public sealed class IllegalTransitionException : InvalidOperationException
{
    public IllegalTransitionException(InitiatiefStatus from, InitiatiefStatus to)
        : base(Describe(from, to))
    {
        From = from;
        To = to;
    }

    public InitiatiefStatus From { get; }

    public InitiatiefStatus To { get; }

    private static string Describe(InitiatiefStatus from, InitiatiefStatus to)
    {
        var allowed = InitiatiefLifecycle.AllowedFrom(from);
        return allowed.Count == 0
            ? $"An initiatief cannot move from {from} to {to}: {from} is final, no move is allowed from here."
            : $"An initiatief cannot move from {from} to {to}. Allowed from {from}: {string.Join(", ", allowed)}.";
    }
}
