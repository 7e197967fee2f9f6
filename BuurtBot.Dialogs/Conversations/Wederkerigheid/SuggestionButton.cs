using BuurtBot.Dialogs.Domain.Wederkerigheid;

namespace BuurtBot.Dialogs.Conversations.Wederkerigheid;

/// <summary>
/// A suggestion's button: a short title ("Onderhoud") for the full text in the deal, carrying the
/// suggestion's key. The titles are the conversation's (ConversationTexts.resx), not the domain's.
/// </summary>
internal static class SuggestionButton
{
    public static string Title(CommitmentSuggestion suggestion, string locale) => Say.Text(
        suggestion.Key switch
        {
            "DraagvlakOnderzoeken" => nameof(ConversationTexts.Short_DraagvlakOnderzoeken),
            "Onderhoud" => nameof(ConversationTexts.Short_Onderhoud),
            "ZwerfafvalOpruimen" => nameof(ConversationTexts.Short_ZwerfafvalOpruimen),
            "Toezicht" => nameof(ConversationTexts.Short_Toezicht),
            "VoorstelInrichting" => nameof(ConversationTexts.Short_VoorstelInrichting),
            "Offerte" => nameof(ConversationTexts.Short_Offerte),
            "Financiering" => nameof(ConversationTexts.Short_Financiering),
            "Plaatsing" => nameof(ConversationTexts.Short_Plaatsing),
            "Aanleg" => nameof(ConversationTexts.Short_Aanleg),
            "Bodemonderzoek" => nameof(ConversationTexts.Short_Bodemonderzoek),
            "Vergunning" => nameof(ConversationTexts.Short_Vergunning),
            "Advies" => nameof(ConversationTexts.Short_Advies),
            _ => throw new KeyNotFoundException($"Suggestion '{suggestion.Key}' has no button title; add Short_{suggestion.Key} to ConversationTexts.resx and here."),
        },
        locale);
}
