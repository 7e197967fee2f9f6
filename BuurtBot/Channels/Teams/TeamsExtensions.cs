using BuurtBot.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

public static partial class TeamsExtensions
{
    /// <summary>The Teams channel: options, signing keys, token provider and the sender the outbox uses.</summary>
    public static IHostApplicationBuilder AddTeams(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        builder.Services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHttpClient(TeamsConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddHttpClient(TeamsTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<BotFrameworkSigningKeys>();
        builder.Services.AddSingleton<TeamsRequestAuthenticator>();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddSingleton<TeamsTokenProvider>();
        builder.Services.AddSingleton<TeamsConnectorClient>();
        builder.Services.AddHttpClient(TeamsPhotoDownloader.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddScoped<TeamsPhotoDownloader>();
        builder.Services.AddSingleton<TeamsSendLimiter>();
        builder.Services.AddSingleton<IChannelSender, TeamsSender>();
        return builder;
    }

    /// <summary>The Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
    public static RouteGroupBuilder MapTeams(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        if (!options.HasAppId && options.AllowUnauthenticated)
        {
            LogUnauthenticated(app.Logger);
        }

        return app.MapTeamsEndpoints();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Teams:AllowUnauthenticated is on: /api/messages accepts requests without a token (loopback serviceUrls only). Use it for local testing, never in production.")]
    private static partial void LogUnauthenticated(ILogger logger);
}
