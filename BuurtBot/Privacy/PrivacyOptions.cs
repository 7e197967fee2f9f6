namespace BuurtBot.Privacy;

/// <summary>
/// How long personal data is kept (section <c>Privacy</c>). The consent text, the privacy statement,
/// the README's verwerkingsregister and the daily retention job all read these same values.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Months after an initiatief was closed (Afgerond), withdrawn or rejected before its personal data goes.</summary>
    public int RetentionClosedInitiatiefMonths { get; set; } = 24;

    /// <summary>Months of silence after which a conversation that never led to an initiatief is removed.</summary>
    public int RetentionConversationMonths { get; set; } = 6;

    /// <summary>Days after which a delivered message's copy in the inbox or outbox is emptied (the transcript keeps the conversation).</summary>
    public int RetentionDeliveredPayloadDays { get; set; } = 7;

    /// <summary>Months the audit log keeps a line.</summary>
    public int RetentionAuditMonths { get; set; } = 24;

    /// <summary>When the retention job runs each day (Europe/Amsterdam).</summary>
    public TimeSpan RetentionAt { get; set; } = new(3, 30, 0);

    /// <summary>How often an erasure is finished once its goodbye is delivered (the channel's handle then goes too).</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An erasure whose goodbye could not be delivered is finished anyway after this long.</summary>
    public TimeSpan FinishErasureWithin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Path to a certificate (PFX) that encrypts the data-protection keys in the database; with
    /// <see cref="KeyCertificatePassword"/> from the environment. Empty: the keys are stored unencrypted.
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }
}
