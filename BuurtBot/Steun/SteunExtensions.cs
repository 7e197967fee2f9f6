using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Turns;

namespace BuurtBot.Steun;

public static class SteunExtensions
{
    /// <summary>Support by link: share links, the supporters' store and the milestones told to the initiatiefnemer.</summary>
    public static IHostApplicationBuilder AddSteun(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SteunOptions>().BindConfiguration(SteunOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Steun:PublicBaseUrl must be an absolute URL such as https://buurtbot.example.nl, or empty.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ShareLinks>();
        builder.Services.AddSingleton<IShareLinks>(sp => sp.GetRequiredService<ShareLinks>());
        builder.Services.AddScoped<ISteunStore, EfSteunStore>();
        builder.Services.AddScoped<SteunMilestones>();
        builder.Services.AddScoped<IAfterTurnAction>(sp => sp.GetRequiredService<SteunMilestones>());
        return builder;
    }

    /// <summary>The public QR codes (<c>/steun/{code}/qr.svg</c>, <c>qr.png</c>); the address they hold is <see cref="Hosting.PublicAddress"/>.</summary>
    public static RouteGroupBuilder MapSteun(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/steun/{code}");
        group.MapGet("/qr.svg", SteunEndpoints.QrSvg);
        group.MapGet("/qr.png", SteunEndpoints.QrPng);
        return group;
    }
}
