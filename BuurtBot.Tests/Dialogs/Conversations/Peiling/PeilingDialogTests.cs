using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Peiling;

public sealed class PeilingDialogTests
{
    private readonly FakeResidentServices _host = new();
    private readonly OnePeiling _peilingen = new();

    [Fact]
    public async Task APeilingThatClosedMeanwhileIsNotAskedAgainButSaidToBeClosed()
    {
        var bot = new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports, [new PeilingDialog(_peilingen)]);
        var flow = new DialogTestFlow(bot, afterTurn: _host.CarryOut) { ConsentGiven = true };
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send(InboundMessage.ForEvent(PeilingDialog.EventName, _peilingen.Question.Id.ToString("D"))).AssertReplyContains("wil graag weten")
            .AssertReply(question => Assert.Equal(["Ja", "Nee"], question.Choices.Select(c => c.Title)));

        // The peiling closes, and something else comes in before the resident answers.
        _peilingen.Question = _peilingen.Question with { IsOpen = false };
        await flow
            .Send(InboundMessage.ForEvent("privacy", "export")).AssertReplyContains("Hier zijn al je gegevens")
            .AssertReply("Sorry, deze peiling is gesloten. Antwoorden kan niet meer.")
            .AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
    }

    private sealed class OnePeiling : IPeilingen
    {
        public PeilingQuestion Question { get; set; } = new(Guid.NewGuid(), "Is er steun voor een bankje?", ["Ja", "Nee"], new DateTime(2027, 4, 1, 12, 0, 0, DateTimeKind.Utc), IsOpen: true);

        public Task<PeilingQuestion?> FindQuestionAsync(Guid peilingId, CancellationToken cancellationToken) =>
            Task.FromResult(peilingId == Question.Id ? Question : null);

        public Task<PeilingAnswerOutcome> AnswerAsync(string residentId, Guid peilingId, int? optionIndex, CancellationToken cancellationToken) =>
            Task.FromResult(Question.IsOpen ? new PeilingAnswerOutcome(PeilingAnswerStatus.Recorded, peilingId, Question.Options[optionIndex ?? 0], Question.ClosesUtc) : new PeilingAnswerOutcome(PeilingAnswerStatus.Closed, peilingId));

        public Task<PeilingAnswerOutcome> AnswerPollAsync(string residentId, string channelPollId, int? optionIndex, CancellationToken cancellationToken) =>
            AnswerAsync(residentId, Question.Id, optionIndex, cancellationToken);

        public Task<PeilingUitslag?> FindUitslagAsync(Guid peilingId, CancellationToken cancellationToken) => Task.FromResult<PeilingUitslag?>(null);

        public Task<PeilingenChoice> GetChoiceAsync(string residentId, CancellationToken cancellationToken) => throw new NotSupportedException("Not asked in these tests.");

        public Task SetChoiceAsync(string residentId, bool wantsPeilingen, string? wijk, string? buurt, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
