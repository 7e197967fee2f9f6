namespace BuurtBot.Admin.Handoff;

public static class HandoffExtensions
{
    /// <summary>The handoff between bot, queue and coordinator, for the admin pages and (later) the dialogs' "mens".</summary>
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section)
            .Validate(o => o.QueueAlertAfter > TimeSpan.Zero, "Handoff:QueueAlertAfter must be positive, e.g. 00:30:00.")
            .Validate(o => IsValid(o.OfficeHours), "Handoff:OfficeHours is not valid: Days like Mon,Tue,Wed,Thu,Fri, End after Start, and a known TimeZone such as Europe/Amsterdam.")
            .ValidateOnStart();
        builder.Services.AddScoped<HandoffService>();
        return builder;
    }

    private static bool IsValid(OfficeHoursOptions options)
    {
        try
        {
            _ = new OfficeHours(options);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
