namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// An answer named an option the peiling does not have: a forged button, or a poll vote out of
/// range. Check <see cref="Peiling.HasOption"/> first and treat it as no answer.
/// </summary>
public sealed class UnknownPeilingOptionException : ArgumentOutOfRangeException
{
    public UnknownPeilingOptionException(Guid peilingId, int optionIndex, int optionCount)
        : base(nameof(optionIndex), optionIndex, $"Peiling {peilingId} has {optionCount} options (0 to {optionCount - 1}); there is no option {optionIndex}.")
    {
        PeilingId = peilingId;
    }

    public Guid PeilingId { get; }
}
