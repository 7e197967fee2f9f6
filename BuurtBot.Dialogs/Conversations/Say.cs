using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>The conversations' shared texts (ConversationTexts.resx), in the resident's language.</summary>
internal static class Say
{
    private static readonly ResourceText Resource = new(ConversationTexts.ResourceManager, "Conversations/ConversationTexts.resx");

    public static string Text(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
