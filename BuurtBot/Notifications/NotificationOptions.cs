using MailKit.Security;

namespace BuurtBot.Notifications;

/// <summary><c>Notifications</c>: the SMTP server and how the e-mails link back. No host: no e-mails (nothing is queued).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address the links in the e-mails start with, e.g. <c>https://buurtbot.hilversum.nl</c>.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5080");

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the queue is looked at for mails that are due.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed attempt; it doubles after each next one, up to 30 minutes.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c> (STARTTLS when offered), <c>StartTls</c> (required), <c>SslOnConnect</c> (port 465) or <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    /// <summary>From the environment only: <c>Notifications__Smtp__Password</c>.</summary>
    public string? Password { get; set; }

    public string From { get; set; } = "BuurtBot <buurtbot@localhost>";
}
