using System.Text;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.MijnInitiatieven;

/// <summary>
/// One initiatief as "Mijn initiatieven" shows it: title, status, next step and the open afspraken,
/// and what this resident may do with it now. The buttons carry the values below, which channels
/// send back as they are, so they never change.
/// </summary>
internal static class InitiatiefOverview
{
    public const string MenuValue = "menu";
    public const string WithdrawValue = "withdraw";
    public const string DealValue = "deal";
    public const string PublishValue = "publish";
    public const string UnpublishValue = "unpublish";
    public const string LinksValue = "links";

    public static string Text(Initiatief initiatief, string locale)
    {
        var text = new StringBuilder(initiatief.Title)
            .Append('\n').Append(Say.Text(nameof(ConversationTexts.InitiatiefStatus), locale, StatusName(initiatief.Status, locale)))
            .Append('\n').Append(Say.Text(nameof(ConversationTexts.NextStep), locale, DomainText.Get(initiatief.NextStepTextKey, locale)));
        var open = initiatief.Deal?.Afspraken.Where(a => a.Status is AfspraakStatus.Open or AfspraakStatus.Bezig).ToList() ?? [];
        if (open.Count > 0)
        {
            text.Append("\n\n").Append(Say.Text(nameof(ConversationTexts.OpenAfspraken), locale));
            foreach (var afspraak in open)
            {
                text.Append("\n• ").Append(DealText.Line(afspraak, locale));
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<ReplyChoice> Actions(Initiatief initiatief, string residentId, string locale)
    {
        var choices = new List<ReplyChoice>();
        if (initiatief is { Status: InitiatiefStatus.Gesprek, Deal: { IsClosed: false } deal } && !deal.IsAcceptedBy(DealSide.Bewoners))
        {
            choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.ViewDeal), locale), DealValue));
        }

        if (initiatief.IsInitiatiefnemer(residentId))
        {
            // Publishing is the initiatiefnemers' choice, and only while the initiatief is still going.
            if (initiatief.IsPublished)
            {
                choices.Add(new ReplyChoice(SteunText.Get(nameof(SteunTexts.ShowLinks), locale), LinksValue));
                choices.Add(new ReplyChoice(SteunText.Get(nameof(SteunTexts.MakePrivate), locale), UnpublishValue));
            }
            else if (!initiatief.IsFinal)
            {
                choices.Add(new ReplyChoice(SteunText.Get(nameof(SteunTexts.MakePublic), locale), PublishValue));
            }
        }

        if (!initiatief.IsFinal && initiatief.InitiatiefnemerId == residentId)
        {
            choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.Withdraw), locale), WithdrawValue));
        }

        choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.BackToMenu), locale), MenuValue));
        return choices;
    }

    public static string StatusName(InitiatiefStatus status, string locale) => DomainText.Get(InitiatiefLifecycle.StatusTextKey(status), locale);
}
