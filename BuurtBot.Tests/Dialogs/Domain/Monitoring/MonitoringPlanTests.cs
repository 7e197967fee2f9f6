using BuurtBot.Dialogs.Domain.Monitoring;

namespace BuurtBot.Tests.Dialogs.Domain.Monitoring;

public sealed class MonitoringPlanTests
{
    private static readonly DateTime Since = new(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Planned = Since.AddHours(1);
    private static readonly MonitoringSchedule Schedule = new(Since, Since.AddDays(28), Since.AddDays(120));
    private static readonly TimeSpan FourWeeks = TimeSpan.FromDays(28);

    private static MonitoringPlan Plan() => MonitoringPlan.Start(Guid.NewGuid(), Guid.NewGuid(), "Oost", Schedule, Planned);

    [Fact]
    public void ANewPlanHasItsDatesAndTheDefaultCadence()
    {
        var plan = Plan();

        Assert.Equal((Since, Since.AddDays(28), Since.AddDays(120), Planned), (plan.UitvoeringSinceUtc, plan.FirstCheckInUtc, plan.EvaluatieDueUtc, plan.UpdatedUtc));
        Assert.Equal(FourWeeks, plan.CadenceOr(FourWeeks));
    }

    [Fact]
    public void PlanningAgainWithoutAChangeLeavesThePlanAsItWas()
    {
        var plan = Plan();

        Assert.False(plan.Reschedule(plan.DealId, "Oost", Schedule, Planned.AddDays(1)));
        Assert.Equal(Planned, plan.UpdatedUtc);
    }

    [Fact]
    public void PlanningAgainWithOtherDatesNotesWhen()
    {
        var plan = Plan();

        Assert.True(plan.Reschedule(plan.DealId, "Oost", Schedule with { EvaluatieDueUtc = Since.AddDays(150) }, Planned.AddDays(1)));
        Assert.Equal((Since.AddDays(150), Planned.AddDays(1)), (plan.EvaluatieDueUtc, plan.UpdatedUtc));
    }

    [Fact]
    public void TheTriggersAreBuiltAgainWhenTheirSignatureChanges()
    {
        var plan = Plan();
        var signature = plan.TriggerSignature(FourWeeks);
        Assert.False(plan.HasTriggersFor(signature));

        plan.TriggersApplied(signature);
        Assert.True(plan.HasTriggersFor(signature));

        plan.Reschedule(plan.DealId, "Oost", Schedule with { FirstCheckInUtc = Since.AddDays(29) }, Planned.AddDays(1));
        Assert.False(plan.HasTriggersFor(plan.TriggerSignature(FourWeeks)));
        Assert.NotEqual(signature, plan.TriggerSignature(TimeSpan.FromDays(14)));
    }

    [Fact]
    public void SilenceIsNotedFromTheFirstUnansweredRoundUntilTheNextAnswer()
    {
        var plan = Plan();

        plan.NoResponseSince(Since.AddDays(28));
        plan.NoResponseSince(Since.AddDays(56));
        Assert.Equal(Since.AddDays(28), plan.NoResponseSinceUtc);

        plan.Responded();
        Assert.Null(plan.NoResponseSinceUtc);
    }
}
