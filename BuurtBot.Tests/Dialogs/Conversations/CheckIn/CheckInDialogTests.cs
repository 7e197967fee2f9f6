using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.CheckIn;

public sealed class CheckInDialogTests
{
    private static readonly Guid InitiatiefId = Guid.NewGuid();
    private static readonly OpenAfspraak Onderhoud = new(Guid.NewGuid(), "Wij zorgen voor het onderhoud van de tuin.");
    private static readonly OpenAfspraak Zwerfafval = new(Guid.NewGuid(), "Wij ruimen het zwerfafval op.");

    private readonly FakeMonitoringStore _store = new()
    {
        Subject = new CheckInSubject(InitiatiefId, "Bewonerstuin Stroeslaan", [Onderhoud, Zwerfafval]),
    };

    private DialogTestFlow Flow() =>
        new(new DialogBot<MonitoringApp.MenuDialog>(new MonitoringApp.MenuDialog(), eventDialogs: SchedulingDialogs.All(_store)));

    private static InboundMessage CheckInEvent(bool reminder = false) =>
        InboundMessage.ForEvent(CheckInDialog.EventName, new CheckInRequest(InitiatiefId, "checkin:round-1", reminder).ToJson());

    [Fact]
    public async Task AsksPerOpenAfspraakAndRecordsEachAnswerWithCommentOrPhoto()
    {
        await Flow()
            .Send(CheckInEvent())
            .AssertReplyContains("Bewonerstuin Stroeslaan")
            .AssertReply(reply =>
            {
                Assert.Equal("Hoe gaat het met: Wij zorgen voor het onderhoud van de tuin.", reply.Text);
                Assert.Equal(["Loopt goed", "Loopt achter", "Hulp nodig"], reply.Choices.Select(c => c.Title));
            })
            .Send("Loopt goed")
            .AssertReply(reply => Assert.Equal(["Nee, verder"], reply.Choices.Select(c => c.Title)))
            .Send("De bank staat er mooi bij")
            .AssertReplyContains("zwerfafval")
            .Send("loopt achter")
            .AssertReplyContains("foto")
            .Send(new InboundMessage { Attachments = [new InboundAttachment("image/jpeg", "file-42")] })
            .AssertReply("Dank je wel! De buurtcoördinator ziet dat het achterloopt en kijkt mee.")
            .AssertNoMoreReplies();

        Assert.Collection(
            _store.Answers,
            a => Assert.Equal((Onderhoud.Id, CheckInProgress.LooptGoed, "De bank staat er mooi bij", (string?)null, "checkin:round-1"), (a.AfspraakId, a.Progress, a.Comment, a.PhotoReference, a.RoundKey)),
            a => Assert.Equal((Zwerfafval.Id, CheckInProgress.LooptAchter, (string?)null, "file-42"), (a.AfspraakId, a.Progress, a.Comment, a.PhotoReference)));
        Assert.Empty(_store.HelpRequests);
    }

    [Theory]
    [InlineData("LooptGoed", "Loopt goed")]
    [InlineData("HulpNodig", null)]
    [InlineData(CommentOrPhotoPrompt.SkipValue, null)]
    public async Task AnOldCheckInButtonTappedAfterTheCheckInIsAnsweredKindlyAndTheMenuComesBack(string value, string? title)
    {
        // Through the global commands, as every turn on the host goes.
        var flow = new DialogTestFlow(new GlobalCommandHandler<MonitoringApp.MenuDialog>(
            new DialogBot<MonitoringApp.MenuDialog>(new MonitoringApp.MenuDialog(), eventDialogs: SchedulingDialogs.All(_store))));
        await flow
            .Send("hallo").AssertReply("Menu")
            .Send(new InboundMessage { Text = title ?? value, Value = title is null ? null : value })
            .AssertReply("Die vraag over je buurtdeal is al voorbij. Dank je wel! Je krijgt vanzelf weer een nieuwe vraag.")
            .AssertReply("Menu")
            .AssertNoMoreReplies();
        Assert.Empty(_store.Answers);
    }

    [Fact]
    public async Task ACheckInLeftOpenWhileTheDealMovedOnSaysTheQuestionsAreNoLongerNeeded()
    {
        await Flow()
            .Send(CheckInEvent())
            .AssertReplyContains("Bewonerstuin Stroeslaan")
            .AssertReplyContains("onderhoud")
            .Send("Loopt goed").AssertReplyContains("Wil je er iets over vertellen?")
            .Do(() => _store.Subject = null)
            .Send("Nee, verder")
            .AssertReply("Jullie buurtdeal is intussen een stap verder. Deze vragen zijn dus niet meer nodig. Dank je wel!")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AnAfspraakMarkedDoneDuringTheCheckInIsNotAskedAbout()
    {
        await Flow()
            .Send(CheckInEvent())
            .AssertReplyContains("Bewonerstuin Stroeslaan")
            .AssertReplyContains("onderhoud")
            .Send("Loopt goed").AssertReplyContains("Wil je er iets over vertellen?")
            .Do(() => _store.Subject = _store.Subject! with { Afspraken = [Onderhoud] })
            .Send("Nee, verder")
            .AssertReply("Dank je wel! De buurtcoördinator ziet je antwoorden.")
            .AssertNoMoreReplies();
        Assert.Single(_store.Answers);
    }

    [Theory]
    [InlineData(7, "Een week geleden vroeg ik")]
    [InlineData(10, "10 dagen geleden vroeg ik")]
    [InlineData(14, "2 weken geleden vroeg ik")]
    public async Task TheReminderStatesTheRealElapsedTime(int days, string expected)
    {
        var flow = Flow();
        var asked = flow.Time.GetUtcNow().UtcDateTime.AddDays(-days);
        await flow
            .Send(InboundMessage.ForEvent(CheckInDialog.EventName, new CheckInRequest(InitiatiefId, "checkin:round-1", Reminder: true, AskedUtc: asked).ToJson()))
            .AssertReply(reply => Assert.StartsWith("Hallo! " + expected, reply.Text, StringComparison.Ordinal))
            .AssertReplyContains("onderhoud");
    }

    [Theory]
    [InlineData("checkin:skip")]
    [InlineData("Nee, verder")]
    [InlineData("nee")]
    [InlineData("niks")]
    public async Task SkippingTheCommentIsNotStoredAsAComment(string skip)
    {
        // Telegram sends a button's callback data back as the message text, so the skip button arrives as "checkin:skip".
        await Flow()
            .Send(CheckInEvent())
            .AssertReplyContains("Bewonerstuin Stroeslaan")
            .AssertReplyContains("onderhoud")
            .Send("Loopt goed").AssertReplyContains("foto")
            .Send(skip).AssertReplyContains("zwerfafval")
            .Send("prima").AssertReplyContains("foto")
            .Send(new InboundMessage { Text = "Nee, verder", Value = CommentOrPhotoPrompt.SkipValue })
            .AssertReply("Dank je wel! De buurtcoördinator ziet je antwoorden.");

        Assert.All(_store.Answers, a => Assert.Null(a.Comment));
        Assert.Equal([CheckInProgress.LooptGoed, CheckInProgress.LooptGoed], _store.Answers.Select(a => a.Progress));
    }

    [Fact]
    public async Task HulpNodigPutsTheChatInTheCoordinatorsQueueAtTheEnd()
    {
        await Flow()
            .Send(CheckInEvent(reminder: true))
            .AssertReplyContains("nog geen antwoord")
            .AssertReplyContains("onderhoud")
            .Send("Hulp nodig")
            .AssertReplyContains("foto")
            .Send("Nee, verder")
            .AssertReplyContains("zwerfafval")
            .Send("Loopt goed")
            .AssertReplyContains("foto")
            .Send(new InboundMessage { Text = "Nee, verder", Value = CommentOrPhotoPrompt.SkipValue })
            .AssertReplyContains("buurtcoördinator neemt dit gesprek over")
            .AssertNoMoreReplies();

        Assert.Equal([InitiatiefId], _store.HelpRequests);
        Assert.Equal(CheckInProgress.HulpNodig, _store.Answers[0].Progress);
        Assert.Null(_store.Answers[0].Comment);
    }

    [Fact]
    public async Task ADealThatMovedOnGetsNoQuestions()
    {
        _store.Subject = null;
        await Flow().Send(CheckInEvent()).AssertReply("Menu").AssertNoMoreReplies();
        Assert.Empty(_store.Answers);
    }

    [Fact]
    public async Task SpeaksEnglishToAnEnglishResident()
    {
        var flow = new DialogTestFlow(new DialogBot<MonitoringApp.MenuDialog>(new MonitoringApp.MenuDialog(), eventDialogs: SchedulingDialogs.All(_store)), locale: "en-GB");
        await flow.Send(CheckInEvent())
            .AssertReplyContains("How is your buurtdeal")
            .AssertChoices("Going well", "Behind schedule", "Need help");
    }
}
