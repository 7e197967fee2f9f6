using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Turns;

namespace BuurtBot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>The resident's data rights: "mijn gegevens" (the export) and "vergeet mij" (the erase, after the turn).</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAfterTurnAction, EraseResidentAction>();
        builder.Services.AddScoped<IResidentData, ResidentDataService>();
        builder.Services.AddScoped<ResidentEraser>();
        return builder;
    }
}
