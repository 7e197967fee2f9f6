using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Services;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Residents;

public static class ResidentsExtensions
{
    /// <summary>The resident's journey: the conversations, the area file, and the stores they use.</summary>
    public static IHostApplicationBuilder AddResidents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResidentsOptions>().BindConfiguration(ResidentsOptions.Section);
        builder.Services.AddSingleton(sp =>
        {
            var file = builder.Configuration[$"{ResidentsOptions.Section}:File"];
            return string.IsNullOrWhiteSpace(file) ? AreaCatalogLoader.FromEmbeddedDefault() : AreaCatalogLoader.FromFile(file);
        });
        builder.Services.AddSingleton<IConversationBot>(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("BuurtBot.Conversations");
            return new BuurtBotConversation(
                sp.GetRequiredService<AreaCatalog>(),
                sp.GetServices<Dialog>(),
                stale => logger.LogWarning("A saved conversation did not fit this version ({DialogId}: {Problem}); the resident got the menu", stale.DialogId, stale.Problem));
        });
        return builder;
    }
}
