using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Buurtdeal;

/// <summary>A proposed deal as the resident reads it: one message per version sent, and no question left behind that no longer applies.</summary>
public sealed class DealReviewDialogTests
{
    private readonly FakeResidentServices _host = new();
    private readonly DialogTestFlow _flow;
    private readonly Initiatief _initiatief;

    public DealReviewDialogTests()
    {
        _flow = new DialogTestFlow(new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports), afterTurn: _host.CarryOut) { ConsentGiven = true };
        _initiatief = Initiatief.Submit(Examples.Draft(), _flow.ResidentId, Examples.Start);
        _initiatief.StartReview(Examples.Coordinator, Examples.Start.AddDays(1));
        _initiatief.ProposeDeal(Examples.BothSides(), Examples.Coordinator, Examples.Start.AddDays(2));
        _host.Initiatieven.Add(_initiatief);
    }

    [Fact]
    public async Task AChangedVersionIsOneMessageWithWhatChangedAndTheOldQuestionDoesNotComeBackAfterAkkoord()
    {
        var seen = DealReviewRequest.Of(_initiatief.Deal!);
        await _flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send(Sent(seen: null)).AssertReply(deal =>
            {
                // The whole first version in one message.
                Assert.StartsWith("De buurtcoördinator stelt deze buurtdeal", deal.Text, StringComparison.Ordinal);
                Assert.Contains("Bewoners: Wij zorgen voor onderhoud.", deal.Text, StringComparison.Ordinal);
                Assert.Contains("Gemeente: De gemeente plaatst de bank.", deal.Text, StringComparison.Ordinal);
            })
            .AssertReply(question => Assert.Equal(("Ga je akkoord met deze buurtdeal?", 3), (question.Text, question.Choices.Count)))
            .AssertNoMoreReplies();

        // The coordinator adds an afspraak, changes another, and sends version 3.
        _initiatief.AddAfspraak(new AfspraakDraft(DealSide.Bewoners, "Wij ruimen het zwerfafval op."), Examples.Start.AddDays(3));
        var bank = _initiatief.Deal!.AfsprakenOf(DealSide.Gemeente).Single();
        _initiatief.ChangeAfspraak(bank.Id, bank.Description, 900m, null, null, Examples.Start.AddDays(3));
        await _flow
            .Send(Sent(seen)).AssertReply(changed => Assert.Equal(
                "De buurtcoördinator heeft iets veranderd in de buurtdeal voor ‘Bankje bij de speeltuin’. Dit is nu anders:\n" +
                "Nieuw: Bewoners: Wij ruimen het zwerfafval op.\n" +
                "Nieuw: Gemeente: De gemeente plaatst de bank. (ongeveer € 900)\n" +
                "Niet meer: Gemeente: De gemeente plaatst de bank. (ongeveer € 850)",
                changed.Text))
            .AssertReply("Ga je akkoord met deze buurtdeal?")
            .AssertNoMoreReplies()
            .Send("ja hoor").AssertReplyContains("Je hebt de buurtdeal geaccepteerd")
            .AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
        Assert.True(_initiatief.Deal!.IsAcceptedBy(DealSide.Bewoners));
    }

    [Fact]
    public async Task AkkoordOnADealThatClosedMeanwhileSaysItIsClosedAndNothingIsNeeded()
    {
        await _flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send(Sent(seen: null)).AssertReplyContains("De buurtcoördinator stelt deze buurtdeal")
            .AssertReply("Ga je akkoord met deze buurtdeal?");

        // Accepted on another device, then by the gemeente: the deal closed while this question was open.
        var version = _initiatief.Deal!.Version;
        _initiatief.AcceptDeal(DealSide.Bewoners, version, Actor.Resident(_flow.ResidentId), Examples.Start.AddDays(3));
        _initiatief.AcceptDeal(DealSide.Gemeente, version, Examples.Coordinator, Examples.Start.AddDays(3));

        await _flow
            .Send("Akkoord").AssertReply("Deze buurtdeal is al gesloten: de bewoners en de gemeente zijn het eens. Je hoeft niets meer te doen.")
            .AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AkkoordAfterTheInitiatiefWasRejectedSaysItStoppedAndWhereToReadWhy()
    {
        await _flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send(Sent(seen: null)).AssertReplyContains("De buurtcoördinator stelt deze buurtdeal")
            .AssertReply("Ga je akkoord met deze buurtdeal?");
        _initiatief.Reject(Examples.Coordinator, "Past niet in de wijkagenda.", Examples.Start.AddDays(3));

        await _flow
            .Send("Akkoord").AssertReply("Dit initiatief is gestopt. Daarom hoef je over de buurtdeal niets meer te kiezen. Bij 'Mijn initiatieven' zie je waarom.")
            .AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
    }

    private InboundMessage Sent(IReadOnlyList<AfspraakDraft>? seen) =>
        InboundMessage.ForEvent(DealReviewDialog.DialogId, new DealReviewRequest(_initiatief.Id, DealReviewRequest.Of(_initiatief.Deal!), seen).ToJson());
}
