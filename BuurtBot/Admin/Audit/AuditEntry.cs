namespace BuurtBot.Admin.Audit;

/// <summary>
/// Who did what, when, in the admin pages. <see cref="Detail"/> never holds what a resident
/// wrote or a reply's text: the audit log says that something happened, the transcript what.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime TimestampUtc { get; set; }

    /// <summary>The account's id; null for the command line.</summary>
    public string? ActorId { get; set; }

    /// <summary>The account's e-mail address at the time, or "command line".</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public Guid? ConversationId { get; set; }

    public string? Detail { get; set; }
}
