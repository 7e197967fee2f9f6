using BuurtBot.Dialogs.Conversations;


namespace BuurtBot.Initiatieven;

public static class InitiatievenExtensions
{
    /// <summary>
    /// Initiatieven: the store the conversations use, and the coordinators' side (moving one along
    /// and the buurtdeal, with residents told).
    /// </summary>
    public static IHostApplicationBuilder AddInitiatieven(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IInitiatiefStore, EfInitiatiefStore>();
        builder.Services.AddScoped<ResidentNotifier>();
        builder.Services.AddScoped<InitiatiefWorkflow>();
        builder.Services.AddScoped<PublicTextReview>();
        return builder;
    }
}
