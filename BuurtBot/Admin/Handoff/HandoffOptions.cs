namespace BuurtBot.Admin.Handoff;

public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>When coordinators answer; outside these hours a resident is told when to expect an answer.</summary>
    public OfficeHoursOptions OfficeHours { get; set; } = new();

    /// <summary>A queued chat nobody took within this time is highlighted on the Gesprekken page.</summary>
    public TimeSpan QueueAlertAfter { get; set; } = TimeSpan.FromMinutes(30);
}

public sealed class OfficeHoursOptions
{
    /// <summary>Working days, comma-separated English day names or their first three letters.</summary>
    public string Days { get; set; } = "Mon,Tue,Wed,Thu,Fri";

    public TimeOnly Start { get; set; } = new(9, 0);

    public TimeOnly End { get; set; } = new(17, 0);

    /// <summary>IANA zone the hours are in.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";
}
