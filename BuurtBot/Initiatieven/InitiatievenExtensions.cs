namespace BuurtBot.Initiatieven;

public static class InitiatievenExtensions
{
    /// <summary>The coordinators' side of an initiatief: moving it along and the buurtdeal, with residents told.</summary>
    public static IHostApplicationBuilder AddInitiatieven(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ResidentNotifier>();
        builder.Services.AddScoped<InitiatiefWorkflow>();
        return builder;
    }
}
