namespace BuurtBot.Admin.Handoff;

/// <summary>Whether this coordinator got the chat; when not, the first name of who holds it (null if nobody could be found).</summary>
public sealed record TakeOverResult(bool Won, string? HeldBy)
{
    public static TakeOverResult Success { get; } = new(true, null);
}
