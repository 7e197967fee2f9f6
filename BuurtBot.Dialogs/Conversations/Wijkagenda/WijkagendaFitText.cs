using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>How a new idea's thema fits its wijk's agenda, in one sentence for the intake.</summary>
public static class WijkagendaFitText
{
    public static string For(WijkagendaFit fit, string wijk, string locale)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var thema = ThemaCatalog.DisplayName(fit.Thema, locale);
        return fit.Rank is { } rank
            ? WijkagendaText.Get("Fit", locale, thema, wijk, rank, fit.Residents)
            : WijkagendaText.Get("FitNotListed", locale, wijk, thema);
    }
}
