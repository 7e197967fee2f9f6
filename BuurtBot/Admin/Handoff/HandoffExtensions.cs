using BuurtBot.Dialogs.Conversations;
using BuurtBot.Turns;

namespace BuurtBot.Admin.Handoff;

public static class HandoffExtensions
{
    /// <summary>
    /// The handoff between bot, queue and coordinator: for the admin pages, and the relay the dialogs
    /// use for "mens" (the chat goes to the queue once the turn is saved) and a resident's deal wishes.
    /// </summary>
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section)
            .Validate(o => o.QueueAlertAfter > TimeSpan.Zero, "Handoff:QueueAlertAfter must be positive, e.g. 00:30:00.")
            .Validate(o => IsValid(o.OfficeHours), "Handoff:OfficeHours is not valid: Days like Mon,Tue,Wed,Thu,Fri, End after Start, and a known TimeZone such as Europe/Amsterdam.")
            .ValidateOnStart();
        builder.Services.AddScoped<HandoffService>();
        builder.Services.AddScoped<IAfterTurnAction, HandOffToCoordinatorAction>();
        builder.Services.AddScoped<IAfterTurnAction, CancelHandOffAction>();
        builder.Services.AddScoped<ICoordinatorRelay, CoordinatorRelay>();
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
