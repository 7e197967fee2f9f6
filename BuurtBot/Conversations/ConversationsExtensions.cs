using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Conversations;

public static partial class ConversationsExtensions
{
    /// <summary>The resident's conversations as the turn pipeline's bot, the ports they get each turn, and the area file (wijken and buurten) they ask from.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationsOptions>().BindConfiguration(ConversationsOptions.Section);
        builder.Services.AddSingleton(sp =>
        {
            var file = builder.Configuration[$"{ConversationsOptions.Section}:File"];
            return string.IsNullOrWhiteSpace(file) ? AreaCatalogLoader.FromEmbeddedDefault() : AreaCatalogLoader.FromFile(file);
        });
        // The ports of one turn, all on the turn's unit of work; peilingen and wijkagenda only where
        // those capabilities are added.
        builder.Services.AddScoped(sp => new ConversationPorts
        {
            Initiatieven = sp.GetRequiredService<IInitiatiefStore>(),
            Steun = sp.GetRequiredService<ISteunStore>(),
            ShareLinks = sp.GetRequiredService<IShareLinks>(),
            ResidentData = sp.GetRequiredService<IResidentData>(),
            Coordinators = sp.GetRequiredService<ICoordinatorRelay>(),
            Peilingen = sp.GetService<IPeilingen>(),
            Wijkagenda = sp.GetService<IWijkagendaStore>(),
            Wijkgesprek = sp.GetService<IWijkgesprekStore>(),
            Photos = sp.GetService<Photos.PhotoLinks>(),
        });

        // Scoped: the dialogs are built per turn around that turn's ports (a few dozen small objects).
        builder.Services.AddScoped<IConversationBot>(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("BuurtBot.Conversations");
            return new BuurtBotConversation(
                sp.GetRequiredService<AreaCatalog>(),
                sp.GetRequiredService<ConversationPorts>(),
                sp.GetServices<Dialog>(),
                stale => LogStaleConversation(logger, stale.DialogId, stale.Problem));
        });
        return builder;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A saved conversation did not fit this version ({DialogId}: {Problem}); the resident got the menu")]
    private static partial void LogStaleConversation(ILogger logger, string dialogId, string problem);
}
