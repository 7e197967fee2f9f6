using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Evaluatie;

/// <summary>The evaluation's texts (EvaluatieTexts.resx), in the resident's language.</summary>
internal static class EvaluatieText
{
    private static readonly ResourceText Resource = new(EvaluatieTexts.ResourceManager, "Conversations/Evaluatie/EvaluatieTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
