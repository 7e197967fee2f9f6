using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;

namespace BuurtBot.Tests.Dialogs.Domain.Monitoring;

public sealed class MonitoringEntryTests
{
    private static readonly DateTime Now = new(2027, 4, 7, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(CheckInProgress.LooptGoed, false)]
    [InlineData(CheckInProgress.LooptAchter, true)]
    [InlineData(CheckInProgress.HulpNodig, true)]
    public void AnAnswerOtherThanLooptGoedIsFlaggedForTheCoordinator(CheckInProgress answer, bool flagged)
    {
        var entry = MonitoringEntry.FromResident(Guid.NewGuid(), Guid.NewGuid(), "checkin:a", answer, null, null, "bewoner-1", Now);

        Assert.Equal((answer, flagged, ActorKind.Resident, "bewoner-1", Now), (entry.Answer, entry.Flagged, entry.ByKind, entry.ById, entry.AtUtc));
    }

    [Fact]
    public void ACommentOrPhotoTooLongForItsColumnIsCutNotRefused()
    {
        var entry = MonitoringEntry.FromResident(
            Guid.NewGuid(), Guid.NewGuid(), null, CheckInProgress.LooptGoed, new string('c', 2500), new string('p', 600), "bewoner-1", Now);

        Assert.Equal((MonitoringEntry.MaxCommentLength, MonitoringEntry.MaxPhotoReferenceLength), (entry.Comment!.Length, entry.PhotoReference!.Length));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 3)]
    [InlineData(9, 5)]
    public void AnEvaluationScoreIsKeptBetweenOneAndFive(int given, int kept) =>
        Assert.Equal(kept, InitiatiefEvaluatie.Submit(Guid.NewGuid(), given, "Goed", "Sneller", true, "bewoner-1", Now).Satisfaction);

    [Fact]
    public void AnEvaluationKeepsItsTextsCutToTheirColumnsAndMissingOnesEmpty()
    {
        var evaluatie = InitiatiefEvaluatie.Submit(Guid.NewGuid(), 4, new string('w', 2100), null, false, "bewoner-1", Now);

        Assert.Equal((InitiatiefEvaluatie.MaxTextLength, ""), (evaluatie.WentWell.Length, evaluatie.CouldBeBetter));
    }
}
