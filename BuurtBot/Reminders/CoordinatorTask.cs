namespace BuurtBot.Reminders;

/// <summary>
/// Something a wijk's coordinators should look at, written by the scheduled jobs. Coordinators
/// have no chat channel of their own yet, so these rows are how they are told: the admin page
/// lists the open ones per wijk. <see cref="Key"/> is deterministic, so a job that runs twice
/// writes a task once. No personal data: ids and a short reason only.
/// </summary>
public sealed class CoordinatorTask
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public CoordinatorTaskKind Kind { get; set; }

    /// <summary>The wijk whose coordinators should see it; null when it is not known (then every wijk sees it).</summary>
    public string? WijkName { get; set; }

    public Guid? InitiatiefId { get; set; }

    public Guid? ConversationId { get; set; }

    /// <summary>For a digest: the day it belongs to (Europe/Amsterdam).</summary>
    public DateOnly? DigestDate { get; set; }

    /// <summary>What went wrong, for a task about a message the bot could not handle (the error, no chat text).</summary>
    public string? Detail { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DoneUtc { get; set; }
}
