using BuurtBot.Dialogs.Domain.Monitoring;

namespace BuurtBot.Tests.Dialogs.Domain.Monitoring;

/// <summary>A round's chain: sent → answered, or sent → reminded → answered or escalated; closed when its deal moved on.</summary>
public sealed class CheckInRoundTests
{
    private static readonly DateTime Sent = new(2027, 4, 7, 8, 0, 0, DateTimeKind.Utc);

    private static CheckInRound Round() => CheckInRound.Send("checkin:deal:2027-04-07", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Sent);

    [Fact]
    public void ARoundIsAnsweredAtItsFirstAnswer()
    {
        var round = Round();

        round.Answer(Sent.AddHours(1));
        round.Answer(Sent.AddHours(2)); // the next afspraak of the same round

        Assert.Equal(Sent.AddHours(1), round.AnsweredUtc);
    }

    [Fact]
    public void AnUnansweredRoundIsRemindedAndThenEscalated()
    {
        var round = Round();

        round.Remind(Sent.AddDays(3));
        round.Escalate(Sent.AddDays(7));

        Assert.Equal((Sent.AddDays(3), Sent.AddDays(7)), (round.ReminderSentUtc!.Value, round.EscalatedUtc!.Value));
    }

    [Fact]
    public void ALateAnswerStillCounts()
    {
        var round = Round();
        round.Remind(Sent.AddDays(3));
        round.Escalate(Sent.AddDays(7));

        round.Answer(Sent.AddDays(8));

        Assert.Equal(Sent.AddDays(8), round.AnsweredUtc);
    }

    [Fact]
    public void ARoundWhoseDealMovedOnIsClosedWithoutReminderOrEscalation()
    {
        var round = Round();

        round.CloseUnanswered(Sent.AddDays(3));

        Assert.Equal((Sent.AddDays(3), Sent.AddDays(3)), (round.ReminderSentUtc!.Value, round.EscalatedUtc!.Value));
        Assert.Throws<CheckInRoundOutOfOrderException>(() => round.Escalate(Sent.AddDays(7)));
    }

    public static TheoryData<string, string> OutOfOrder() => new()
    {
        { "answered", "remind" },
        { "reminded", "remind" },
        { "sent", "escalate" },
        { "answered after the reminder", "escalate" },
        { "escalated", "escalate" },
        { "answered", "close" },
    };

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void AStepOutOfOrderIsRefused(string state, string step)
    {
        var round = Round();
        var at = Sent.AddDays(1);
        switch (state)
        {
            case "answered":
                round.Answer(at);
                break;
            case "reminded":
                round.Remind(at);
                break;
            case "answered after the reminder":
                round.Remind(at);
                round.Answer(at.AddHours(1));
                break;
            case "escalated":
                round.Remind(at);
                round.Escalate(at.AddDays(4));
                break;
        }

        var later = Sent.AddDays(10);
        Action act = step switch
        {
            "remind" => () => round.Remind(later),
            "escalate" => () => round.Escalate(later),
            _ => () => round.CloseUnanswered(later),
        };

        var refused = Assert.Throws<CheckInRoundOutOfOrderException>(act);
        Assert.Equal(round.Key, refused.RoundKey);
    }
}
