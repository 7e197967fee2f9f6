using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>How a new idea's thema fits its wijk's agenda, in one sentence for the intake.</summary>
public static class WijkagendaFitText
{
    public static string For(WijkagendaFit fit, string wijk, string locale)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var thema = ThemaCatalog.DisplayName(fit.Thema, locale);
        var ranked = !fit.Counted ? null : fit.Rank is { } rank
            ? WijkagendaText.Get(nameof(WijkagendaTexts.Fit), locale, thema, wijk, rank, fit.Residents)
            : WijkagendaText.Get(nameof(WijkagendaTexts.FitNotListed), locale, wijk, thema);
        if (fit.Doelstelling is not { } doel)
        {
            return ranked ?? "";
        }

        // The agenda's goal first: that is what the wijk decided; how many residents named it follows.
        var goal = WijkagendaText.Get(nameof(WijkagendaTexts.FitDoelstelling), locale, thema, wijk, doel);
        return ranked is null ? goal : $"{goal} {ranked}";
    }
}
