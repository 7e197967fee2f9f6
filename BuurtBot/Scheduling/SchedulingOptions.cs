namespace BuurtBot.Scheduling;

/// <summary>Monitoring check-ins, evaluations and reminders (section <c>Scheduling</c>). Times of day are Europe/Amsterdam.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Run the Quartz scheduler in this process. Off: nothing is sent by schedule (the services still work when called).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Default time between two check-ins of a deal; a deal can have its own (MonitoringPlan.CadenceDays).</summary>
    public TimeSpan CheckInEvery { get; set; } = TimeSpan.FromDays(28);

    /// <summary>No answer this long after a check-in: one reminder.</summary>
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>No answer this long after the reminder: the coordinator is told ("geen reactie").</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>When a deal has no afspraak with a due date, the evaluation comes this long after uitvoering started.</summary>
    public TimeSpan DefaultDealDuration { get; set; } = TimeSpan.FromDays(182);

    /// <summary>Start of the quiet hours, when no resident gets a message. Equal to the end: no quiet hours.</summary>
    public TimeSpan QuietHoursStart { get; set; } = new(21, 0, 0);

    public TimeSpan QuietHoursEnd { get; set; } = new(9, 0, 0);

    /// <summary>Whole days without messages, comma-separated English day names ("Sunday", "Saturday,Sunday", or empty).</summary>
    public string QuietDays { get; set; } = "Sunday";

    /// <summary>How often the check-in plans are brought in line with the deals (new deals, ended deals, changed cadence).</summary>
    public TimeSpan PlanEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often unanswered check-ins are looked at for a reminder or escalation.</summary>
    public TimeSpan ReminderSweepEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When the daily digest for coordinators is made.</summary>
    public TimeSpan DigestAt { get; set; } = new(8, 0, 0);

    /// <summary>An initiatief Ingediend longer than this many working days without a move shows in the digest.</summary>
    public int StaleAfterWorkingDays { get; set; } = 10;

    /// <summary>End of the coordinators' office day: a queued chat still waiting after it shows in the next digest.</summary>
    public TimeSpan OfficeHoursEnd { get; set; } = new(17, 0, 0);

    /// <summary>How late a check-in trigger may fire before Quartz applies its misfire instruction (fire once now).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
