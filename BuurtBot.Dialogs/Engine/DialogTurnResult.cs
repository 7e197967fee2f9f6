namespace BuurtBot.Dialogs.Engine;

/// <summary>What a stack operation ended in. <see cref="Result"/> lives for this turn only and is never saved.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    internal static readonly DialogTurnResult EmptyResult = new(DialogTurnStatus.Empty);
}
