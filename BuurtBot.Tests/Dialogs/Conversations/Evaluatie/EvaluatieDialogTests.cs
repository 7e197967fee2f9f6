using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Evaluatie;

public sealed class EvaluatieDialogTests
{
    [Fact]
    public async Task AsksFourQuestionsAndStoresTheEvaluation()
    {
        var initiatiefId = Guid.NewGuid();
        var store = new FakeMonitoringStore { EvaluatieTitle = "Bewonerstuin Stroeslaan" };
        var flow = new DialogTestFlow(new DialogBot<MonitoringApp.MenuDialog>(new MonitoringApp.MenuDialog(), eventDialogs: SchedulingDialogs.All(store)));

        await flow
            .Send(InboundMessage.ForEvent(EvaluatieDialog.EventName, initiatiefId.ToString("D")))
            .AssertReplyContains("‘Bewonerstuin Stroeslaan’ is klaar")
            .AssertReplyContains("cijfer van 1")
            .Send("7")
            .AssertReply("Typ een cijfer van 1 tot 5.")
            .Send("4")
            .AssertReply("Wat ging goed?")
            .Send("De buren hielpen mee")
            .AssertReply("Wat kan beter?")
            .Send("Sneller antwoord van de gemeente")
            .AssertReplyContains("nog een keer")
            .Send("ja")
            .AssertReplyContains("Dank je wel")
            .AssertNoMoreReplies();

        var stored = Assert.Single(store.Evaluaties);
        Assert.Equal((initiatiefId, 4, "De buren hielpen mee", "Sneller antwoord van de gemeente", true),
            (stored.InitiatiefId, stored.Satisfaction, stored.WentWell, stored.CouldBeBetter, stored.WouldDoAgain));
    }
}
