namespace BuurtBot.Turns;

public sealed class TurnsOptions
{
    public const string Section = "Turns";

    /// <summary>How many conversations run a turn at the same time.</summary>
    public int Workers { get; set; } = 8;

    /// <summary>After this many failures a message is set aside (kept in the inbox with its error).</summary>
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>How many replies the outbox sender delivers at the same time (each conversation stays in order).</summary>
    public int SendConcurrency { get; set; } = 16;

    /// <summary>A turn still busy after this long shows the resident "typing…".</summary>
    public TimeSpan ShowTypingAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two sends of a failing reply.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
