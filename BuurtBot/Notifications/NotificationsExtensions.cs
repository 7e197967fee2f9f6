namespace BuurtBot.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// E-mails to coordinators about what waits for them: the notifier the capabilities call in their own
    /// save, the durable queue's sender, the page where each coordinator chooses what they get.
    /// </summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .Validate(o => o.PollEvery > TimeSpan.Zero && o.RetryAfter > TimeSpan.Zero, "Notifications:PollEvery and RetryAfter must be positive, e.g. 00:00:05.")
            .Validate(o => !o.Enabled || o.Smtp.Port is > 0 and < 65536, "Notifications:Smtp:Port must be a port number, e.g. 587.")
            .ValidateOnStart();
        builder.Services.AddScoped<CoordinatorNotifier>();
        builder.Services.AddSingleton<NotificationSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NotificationSender>());
        return builder;
    }
}
