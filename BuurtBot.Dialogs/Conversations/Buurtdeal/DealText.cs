using System.Text;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Buurtdeal;

/// <summary>One afspraak as the resident reads it: whose it is, what, and the amount and date if any.</summary>
internal static class DealText
{
    public static string Line(Afspraak afspraak, string locale)
    {
        ArgumentNullException.ThrowIfNull(afspraak);
        return Line(new AfspraakDraft(afspraak.Side, afspraak.Description, afspraak.AmountInEuros, afspraak.DueDate, afspraak.StartDate), locale);
    }

    public static string Line(AfspraakDraft afspraak, string locale)
    {
        ArgumentNullException.ThrowIfNull(afspraak);
        var culture = Texts.CultureFor(locale);
        var side = Say.Text(afspraak.Side == DealSide.Bewoners ? nameof(ConversationTexts.Bewoners) : nameof(ConversationTexts.Gemeente), locale);
        var text = new StringBuilder(Say.Text(nameof(ConversationTexts.DealAfspraak), locale, side, afspraak.Description));
        var extras = new List<string>();
        if (afspraak.AmountInEuros is > 0 and var amount)
        {
            extras.Add(Say.Text(nameof(ConversationTexts.Amount), locale, amount.ToString("N0", culture)));
        }

        if (afspraak.StartDate is { } start)
        {
            extras.Add(Say.Text(nameof(ConversationTexts.DealStart), locale, start.ToString("d MMMM yyyy", culture)));
        }

        if (afspraak.DueDate is { } due)
        {
            extras.Add(Say.Text(nameof(ConversationTexts.DealDue), locale, due.ToString("d MMMM yyyy", culture)));
        }

        if (extras.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", extras)).Append(')');
        }

        return text.ToString();
    }
}
