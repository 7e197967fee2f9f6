using BuurtBot.Dialogs.Domain.Peilingen;

namespace BuurtBot.Tests.Dialogs.Domain.Peilingen;

/// <summary>A peiling's moves: delivered and answered while open, closed at its closing time, its result sent once closed.</summary>
public sealed class PeilingTests
{
    private static readonly DateTime Created = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Opens = Created.AddHours(2);
    private static readonly DateTime Closes = Created.AddDays(3);
    private static readonly DateTime WhileOpen = Created.AddDays(1);

    private static Peiling Keuze() => Peiling.Create(
        new PeilingDraft(PeilingKind.Keuze, "Waar komt de bank?", ["Bij de vijver", "Op het plein"], PeilingTarget.Wijk, "Oost", null, null, Opens, Closes),
        "coordinator-oost",
        Created);

    private static Peiling Closed()
    {
        var peiling = Keuze();
        peiling.Close(Closes);
        return peiling;
    }

    [Fact]
    public void AnAnswerWhileThePeilingIsOpenIsTheResidentsOneAnswer()
    {
        var peiling = Keuze();

        var answer = peiling.Answer("bewoner-1", 1, WhileOpen);

        Assert.Equal((peiling.Id, "bewoner-1", 1, WhileOpen, (DateTime?)null), (answer.PeilingId, answer.ResidentId, answer.OptionIndex, answer.AnsweredUtc, answer.ChangedUtc));
    }

    [Theory]
    [InlineData(0, false)] // at its closing time
    [InlineData(5, false)] // after it, before the close job ran
    [InlineData(5, true)] // once closed
    public void AnAnswerWhenThePeilingIsNotOpenIsRefused(int minutesAfterClosing, bool closed)
    {
        var peiling = closed ? Closed() : Keuze();
        var at = Closes.AddMinutes(minutesAfterClosing);

        var exception = Assert.Throws<PeilingNotOpenException>(() => peiling.Answer("bewoner-1", 0, at));
        Assert.Equal((peiling.Id, at), (exception.PeilingId, exception.At));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void AnAnswerForAnOptionThePeilingDoesNotHaveIsRefused(int option)
    {
        var peiling = Keuze();

        Assert.False(peiling.HasOption(option));
        Assert.Throws<UnknownPeilingOptionException>(() => peiling.Answer("bewoner-1", option, WhileOpen));
    }

    [Fact]
    public void ChangingTheAnswerRecordsWhenAndChoosingTheSameOptionChangesNothing()
    {
        var peiling = Keuze();
        var answer = peiling.Answer("bewoner-1", 0, WhileOpen);

        Assert.False(peiling.ChangeAnswer(answer, 0, WhileOpen.AddHours(1)));
        Assert.Null(answer.ChangedUtc);

        Assert.True(peiling.ChangeAnswer(answer, 1, WhileOpen.AddHours(2)));
        Assert.Equal((1, WhileOpen, (DateTime?)WhileOpen.AddHours(2)), (answer.OptionIndex, answer.AnsweredUtc, answer.ChangedUtc));
    }

    [Fact]
    public void AnAnswerCannotChangeOrBeWithdrawnOnceThePeilingClosed()
    {
        var peiling = Keuze();
        var answer = peiling.Answer("bewoner-1", 0, WhileOpen);
        peiling.WithdrawAnswer(answer, WhileOpen.AddHours(1));
        peiling.Close(Closes);

        Assert.Throws<PeilingNotOpenException>(() => peiling.ChangeAnswer(answer, 1, Closes.AddHours(1)));
        Assert.Throws<PeilingNotOpenException>(() => peiling.WithdrawAnswer(answer, Closes.AddHours(1)));
        Assert.Equal(0, answer.OptionIndex);
    }

    [Fact]
    public void AnAnswerToAnotherPeilingIsRefused()
    {
        var answer = Keuze().Answer("bewoner-1", 0, WhileOpen);

        Assert.Throws<ArgumentException>(() => Keuze().ChangeAnswer(answer, 1, WhileOpen));
        Assert.Throws<ArgumentException>(() => Keuze().WithdrawAnswer(answer, WhileOpen));
    }

    [Fact]
    public void ThePeilingIsDeliveredFromItsOpeningTimeUntilItCloses()
    {
        var peiling = Keuze();

        var delivery = peiling.DeliverTo("bewoner-1", Opens);

        Assert.Equal((peiling.Id, "bewoner-1", Opens, (string?)null), (delivery.PeilingId, delivery.ResidentId, delivery.SentUtc, delivery.ChannelPollId));
        Assert.Throws<PeilingNotOpenException>(() => peiling.DeliverTo("bewoner-2", Opens.AddMinutes(-1)));
        Assert.Throws<PeilingNotOpenException>(() => peiling.DeliverTo("bewoner-2", Closes));
        Assert.Throws<PeilingNotOpenException>(() => Closed().DeliverTo("bewoner-2", WhileOpen));
    }

    [Fact]
    public void APeilingClosesAtItsClosingTimeAndNotBefore()
    {
        var peiling = Keuze();

        var early = Assert.Throws<PeilingStillOpenException>(() => peiling.Close(Closes.AddSeconds(-1)));
        Assert.Equal(Closes, early.ClosesUtc);
        Assert.Equal(PeilingStatus.Open, peiling.Status);

        peiling.Close(Closes.AddMinutes(1));
        Assert.Equal((PeilingStatus.Gesloten, (DateTime?)Closes.AddMinutes(1)), (peiling.Status, peiling.ClosedUtc));
        Assert.False(peiling.AcceptsAnswersAt(WhileOpen));
    }

    [Fact]
    public void TheResultIsSentOnlyOnceClosedAndKeepsItsFirstMoment()
    {
        var peiling = Keuze();
        Assert.Throws<PeilingStillOpenException>(() => peiling.MarkResultsSent(Closes.AddHours(1)));

        peiling.Close(Closes);
        peiling.MarkResultsSent(Closes.AddHours(8));
        peiling.MarkResultsSent(Closes.AddHours(9));

        Assert.Equal(Closes.AddHours(8), peiling.ResultsSentUtc);
    }

    [Fact]
    public void TimesThatAreNotUtcAreRefused()
    {
        var local = DateTime.SpecifyKind(WhileOpen, DateTimeKind.Local);

        Assert.Throws<ArgumentException>(() => Keuze().Answer("bewoner-1", 0, local));
        Assert.Throws<ArgumentException>(() => Keuze().DeliverTo("bewoner-1", local));
    }
}
