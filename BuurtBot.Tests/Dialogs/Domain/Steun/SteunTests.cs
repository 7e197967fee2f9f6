using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Tests.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Dialogs.Domain.Steun;

public sealed class SteunTests
{
    private static readonly DateTime Now = Examples.Start.AddDays(5);

    [Fact]
    public void ANeighboursSupportCountsForTheInitiatief()
    {
        var initiatief = Examples.Submitted();

        var steun = InitiatiefSteun.Give(initiatief, "buur-1", Now);

        Assert.Equal((initiatief.Id, "buur-1", Now), (steun.InitiatiefId, steun.ResidentId, steun.SupportedUtc));
    }

    [Theory]
    [InlineData(Examples.ResidentId)] // the initiatiefnemer
    [InlineData("mede-1")] // a mede-initiatiefnemer
    public void AnInitiatiefnemerCannotSupportTheirOwnInitiatief(string residentId)
    {
        var initiatief = Examples.Submitted();
        initiatief.AddMedeInitiatiefnemer("mede-1", Now);

        var refused = Assert.Throws<OwnInitiatiefSteunException>(() => InitiatiefSteun.Give(initiatief, residentId, Now));
        Assert.Equal(initiatief.Id, refused.InitiatiefId);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 9)]
    [InlineData(10, 10)]
    [InlineData(25, 40)]
    public void AMilestoneIsRecordedOnceItsNumberOfSupportersIsReached(int milestone, int supporters)
    {
        var id = Guid.NewGuid();

        var reached = SteunMijlpaal.Reach(id, milestone, supporters, Now);

        Assert.Equal((id, milestone, Now), (reached.InitiatiefId, reached.Supporters, reached.ReachedUtc));
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(10, 9)]
    [InlineData(25, 0)]
    public void AMilestoneNotReachedIsRefused(int milestone, int supporters)
    {
        Assert.False(SteunMijlpaal.IsReached(milestone, supporters));
        var refused = Assert.Throws<SteunMijlpaalNotReachedException>(() => SteunMijlpaal.Reach(Guid.NewGuid(), milestone, supporters, Now));
        Assert.Equal((milestone, supporters), (refused.Milestone, refused.Supporters));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    public void ANumberThatIsNoMilestoneIsRefused(int milestone) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SteunMijlpaal.Reach(Guid.NewGuid(), milestone, 1000, Now));

    [Fact]
    public void TheMilestonesGoUp() => Assert.Equal([5, 10, 25], SteunMijlpaal.Milestones);
}
