namespace BuurtBot.Turns;

public enum SendOutcome
{
    Sent,

    /// <summary>Try again later (rate limit, 5xx, network); <see cref="SendResult.RetryAfter"/> says when, if the channel told us.</summary>
    Retry,

    /// <summary>The resident blocked the bot or left: stop sending to them.</summary>
    Unreachable,

    /// <summary>The channel refused this message for good (a 400): retrying will not help.</summary>
    Failed,
}

public sealed record SendResult(SendOutcome Outcome, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static SendResult Sent { get; } = new(SendOutcome.Sent);

    public static SendResult RetryLater(TimeSpan? after, string error) => new(SendOutcome.Retry, after, error);

    public static SendResult Blocked(string error) => new(SendOutcome.Unreachable, null, error);

    public static SendResult Refused(string error) => new(SendOutcome.Failed, null, error);
}
