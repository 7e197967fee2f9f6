using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>The conversations' texts (ConversationTexts.resx), always in the resident's language.</summary>
internal static class Say
{
    public static string Text(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = ConversationTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/ConversationTexts.resx; add it there (and to the .en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
