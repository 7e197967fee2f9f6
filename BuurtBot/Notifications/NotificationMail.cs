namespace BuurtBot.Notifications;

/// <summary>
/// One e-mail to one coordinator in the durable queue: stored in the same save as the event it tells
/// about, sent by <see cref="NotificationSender"/>, marked sent once the SMTP server accepted it. Holds
/// only what happened, counts and a link: never what a resident wrote, never a resident's name.
/// </summary>
public sealed class NotificationMail
{
    public long Id { get; set; }

    /// <summary>The event's key and the account: a second store of the same event is a no-op (unique index).</summary>
    public required string Key { get; set; }

    public required string AccountId { get; set; }

    public required string To { get; set; }

    public NotificationKind Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Not before: now for a new mail, later after a failed attempt.</summary>
    public DateTime DueUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>An instance sending it holds it until then, so two instances never both send it.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
}
