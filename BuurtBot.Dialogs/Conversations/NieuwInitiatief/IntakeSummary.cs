using System.Globalization;
using System.Text;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Dit is je initiatief:" — the answers as the resident reads them before submitting, one line per
/// answer given and the afspraken per side, and the three things they can do with it.
/// </summary>
internal static class IntakeSummary
{
    /// <summary>The summary's buttons, as in <see cref="SummaryAction"/>.</summary>
    public static OptionChoices<SummaryAction> Actions { get; } = new(
        (SummaryAction.Submit, locale => Say.Text(nameof(ConversationTexts.Submit), locale)),
        (SummaryAction.Change, locale => Say.Text(nameof(ConversationTexts.Change), locale)),
        (SummaryAction.Stop, locale => Say.Text(nameof(ConversationTexts.StopIntake), locale)));

    public static string Text(IntakeDraft draft, string locale)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var culture = Resources.Texts.CultureFor(locale);
        var text = new StringBuilder(Say.Text(nameof(ConversationTexts.SummaryIntro), locale)).Append('\n');
        void Line(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append('\n').Append(Say.Text(key, locale)).Append(": ").Append(value);
            }
        }

        Line(nameof(ConversationTexts.SummaryTitle), draft.Title);
        Line(nameof(ConversationTexts.SummaryWijk), draft.Wijk);
        Line(nameof(ConversationTexts.SummaryBuurt), draft.Buurt);
        Line(nameof(ConversationTexts.SummaryThema), draft.Thema is { } thema ? ThemaCatalog.DisplayName(thema, locale) : null);
        Line(nameof(ConversationTexts.SummaryDescription), draft.Description);
        Line(nameof(ConversationTexts.SummaryDoel), draft.Doel);
        Line(nameof(ConversationTexts.SummaryNeighbours), draft.Neighbours?.ToString(culture));
        Line(nameof(ConversationTexts.SummaryLocation), draft.Street ?? (draft.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lat:F5}, {draft.Longitude:F5}") : null));
        Line(nameof(ConversationTexts.SummaryPhotos), draft.Photos.Count > 0 ? draft.Photos.Count.ToString(culture) : null);
        foreach (var (side, key) in new[] { (DealSide.Bewoners, nameof(ConversationTexts.SummaryBewoners)), (DealSide.Gemeente, nameof(ConversationTexts.SummaryGemeente)) })
        {
            var items = draft.Afspraken.Where(a => a.Side == side).ToList();
            if (items.Count > 0)
            {
                text.Append("\n\n").Append(Say.Text(key, locale)).Append(':');
                foreach (var afspraak in items)
                {
                    text.Append("\n• ").Append(afspraak.Description);
                    if (afspraak.AmountInEuros is > 0 and var amount)
                    {
                        text.Append(" (").Append(Say.Text(nameof(ConversationTexts.Amount), locale, amount.ToString("N0", culture))).Append(')');
                    }
                }
            }
        }

        return text.ToString();
    }
}
