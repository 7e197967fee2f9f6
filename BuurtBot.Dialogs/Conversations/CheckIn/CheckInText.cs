using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>The check-in's texts (CheckInTexts.resx), in the resident's language.</summary>
internal static class CheckInText
{
    private static readonly ResourceText Resource = new(CheckInTexts.ResourceManager, "Conversations/CheckIn/CheckInTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
