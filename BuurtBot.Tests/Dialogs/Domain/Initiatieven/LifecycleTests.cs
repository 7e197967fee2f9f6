using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using static BuurtBot.Dialogs.Domain.Initiatieven.InitiatiefStatus;

namespace BuurtBot.Tests.Dialogs.Domain.Initiatieven;

public sealed class LifecycleTests
{
    // The programme's process, written out by hand so the table in the code is checked against it.
    private static readonly (InitiatiefStatus From, InitiatiefStatus To)[] Legal =
    [
        (Ingediend, InBehandeling), (Ingediend, Afgewezen), (Ingediend, Ingetrokken),
        (InBehandeling, Gesprek), (InBehandeling, Afgewezen), (InBehandeling, Ingetrokken),
        (Gesprek, DealGesloten), (Gesprek, Afgewezen), (Gesprek, Ingetrokken),
        (DealGesloten, InUitvoering), (DealGesloten, Ingetrokken),
        (InUitvoering, Evaluatie), (InUitvoering, Ingetrokken),
        (Evaluatie, Afgerond), (Evaluatie, Ingetrokken),
    ];

    public static TheoryData<InitiatiefStatus, InitiatiefStatus> LegalMoves() => Moves(Legal);

    public static TheoryData<InitiatiefStatus, InitiatiefStatus> IllegalMoves()
    {
        var all = Enum.GetValues<InitiatiefStatus>();
        return Moves(from f in all from t in all where !Legal.Contains((f, t)) select (f, t));
    }

    private static TheoryData<InitiatiefStatus, InitiatiefStatus> Moves(IEnumerable<(InitiatiefStatus From, InitiatiefStatus To)> moves)
    {
        var data = new TheoryData<InitiatiefStatus, InitiatiefStatus>();
        foreach (var (from, to) in moves)
        {
            data.Add(from, to);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void TheLifecycleAllowsTheProgrammesMoves(InitiatiefStatus from, InitiatiefStatus to)
    {
        Assert.True(InitiatiefLifecycle.IsAllowed(from, to));
        Assert.Contains(to, InitiatiefLifecycle.AllowedFrom(from));
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void TheLifecycleRefusesEveryOtherMove(InitiatiefStatus from, InitiatiefStatus to)
    {
        Assert.False(InitiatiefLifecycle.IsAllowed(from, to));
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void AnInitiatiefMakesEveryLegalMoveAndRecordsIt(InitiatiefStatus from, InitiatiefStatus to)
    {
        var initiatief = Examples.In(from);
        var now = Examples.Start.AddDays(30);

        if (to == DealGesloten)
        {
            initiatief.AcceptDeal(DealSide.Bewoners, initiatief.Deal!.Version, Examples.Resident, now);
            initiatief.AcceptDeal(DealSide.Gemeente, initiatief.Deal.Version, Examples.Coordinator, now);
        }
        else
        {
            initiatief.MoveTo(to, Examples.Coordinator, now, "Reden");
        }

        Assert.Equal(to, initiatief.Status);
        var entry = initiatief.Timeline[^1];
        Assert.Equal(from, entry.From);
        Assert.Equal(to, entry.To);
        Assert.Equal(now, entry.At);
        Assert.Equal(now, initiatief.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void AnInitiatiefRefusesEveryIllegalMoveAndSaysWhatIsAllowed(InitiatiefStatus from, InitiatiefStatus to)
    {
        var initiatief = Examples.In(from);
        var entries = initiatief.Timeline.Count;

        var error = Assert.Throws<IllegalTransitionException>(
            () => initiatief.MoveTo(to, Examples.Coordinator, Examples.Start.AddDays(30), "Reden"));

        Assert.Equal(from, error.From);
        Assert.Equal(to, error.To);
        Assert.Contains($"from {from} to {to}", error.Message);
        var allowed = InitiatiefLifecycle.AllowedFrom(from);
        Assert.Contains(allowed.Count == 0 ? "no move is allowed" : string.Join(", ", allowed), error.Message);
        Assert.Equal(from, initiatief.Status);
        Assert.Equal(entries, initiatief.Timeline.Count);
    }

    [Fact]
    public void TheWholeJourneyIsKeptInTheTimelineWithWhoAndWhen()
    {
        var initiatief = Examples.In(Afgerond);

        Assert.Equal(
            [null, Ingediend, InBehandeling, Gesprek, DealGesloten, InUitvoering, Evaluatie],
            initiatief.Timeline.Select(e => e.From));
        Assert.Equal(
            [Ingediend, InBehandeling, Gesprek, DealGesloten, InUitvoering, Evaluatie, Afgerond],
            initiatief.Timeline.Select(e => e.To));
        Assert.Equal(Examples.Resident, initiatief.Timeline[0].Actor);
        Assert.Equal(Examples.Coordinator, initiatief.Timeline[1].Actor);
        Assert.Equal(Actor.System, initiatief.Timeline[5].Actor);
        Assert.True(initiatief.Timeline.Zip(initiatief.Timeline.Skip(1)).All(p => p.First.At < p.Second.At));
    }

    [Fact]
    public void RejectingWithoutAReasonIsRefused()
    {
        var initiatief = Examples.In(InBehandeling);

        Assert.Throws<ArgumentException>(() => initiatief.Reject(Examples.Coordinator, "  ", Examples.Start.AddDays(5)));
        Assert.Throws<ArgumentException>(() => initiatief.MoveTo(Afgewezen, Examples.Coordinator, Examples.Start.AddDays(5)));
        Assert.Equal(InBehandeling, initiatief.Status);
    }

    [Fact]
    public void TheRejectionReasonIsKeptForTheResident()
    {
        var initiatief = Examples.In(Gesprek);

        initiatief.Reject(Examples.Coordinator, "  De grond is van de provincie. ", Examples.Start.AddDays(9));

        Assert.Equal("De grond is van de provincie.", initiatief.Timeline[^1].Reason);
    }

    [Fact]
    public void DealGeslotenCannotBeChosenByHandOnlyReachedByBothSidesAccepting()
    {
        var initiatief = Examples.In(Gesprek);

        Assert.DoesNotContain(DealGesloten, initiatief.AllowedTransitions());
        Assert.Throws<InvalidOperationException>(() => initiatief.MoveTo(DealGesloten, Examples.Coordinator, Examples.Start.AddDays(9)));
        Assert.Equal(Gesprek, initiatief.Status);
    }

    [Theory]
    [InlineData(Ingediend, new[] { InBehandeling, Afgewezen, Ingetrokken })]
    [InlineData(DealGesloten, new[] { InUitvoering, Ingetrokken })]
    [InlineData(Afgerond, new InitiatiefStatus[0])]
    public void TheAdminPageIsOfferedTheMovesAllowedFromHere(InitiatiefStatus status, InitiatiefStatus[] expected)
    {
        Assert.Equal(expected, Examples.In(status).AllowedTransitions());
    }

    [Fact]
    public void EveryStatusHasANextStepTextInDutchAndEnglish()
    {
        foreach (var status in Enum.GetValues<InitiatiefStatus>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DomainText.Get(InitiatiefLifecycle.NextStepTextKey(status), "nl")));
            Assert.False(string.IsNullOrWhiteSpace(DomainText.Get(InitiatiefLifecycle.NextStepTextKey(status), "en")));
            Assert.False(string.IsNullOrWhiteSpace(DomainText.Get(InitiatiefLifecycle.StatusTextKey(status), "en")));
        }

        Assert.NotEqual(DomainText.Get("NextStep_Gesprek", "nl"), DomainText.Get("NextStep_Gesprek", "en"));
    }

    [Fact]
    public void ALocalTimeIsRefusedSoTheTimelineStaysInUtc()
    {
        var initiatief = Examples.Submitted();

        Assert.Throws<ArgumentException>(() => initiatief.StartReview(Examples.Coordinator, new DateTime(2025, 3, 2, 9, 0, 0, DateTimeKind.Local)));
    }
}
