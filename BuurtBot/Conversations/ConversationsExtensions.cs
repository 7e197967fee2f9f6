using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Conversations;

public static class ConversationsExtensions
{
    /// <summary>The resident's conversations as the turn pipeline's bot, and the area file (wijken and buurten) they ask from.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationsOptions>().BindConfiguration(ConversationsOptions.Section);
        builder.Services.AddSingleton(sp =>
        {
            var file = builder.Configuration[$"{ConversationsOptions.Section}:File"];
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
