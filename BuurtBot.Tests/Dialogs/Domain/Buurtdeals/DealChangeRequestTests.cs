using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Tests.Dialogs.Domain.Buurtdeals;

public sealed class DealChangeRequestTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AWishIsPassedOnAsTypedAndOpen()
    {
        var request = DealChangeRequest.Pass(Guid.NewGuid(), "bewoner-1", "Kan de bank groen zijn?", Now);

        Assert.Equal(("Kan de bank groen zijn?", Now, false), (request.Text, request.CreatedUtc, request.IsHandled));
    }

    [Fact]
    public void AWishLongerThanItsColumnIsCutSoItStillArrives() =>
        Assert.Equal(DealChangeRequest.MaxTextLength, DealChangeRequest.Pass(Guid.NewGuid(), "bewoner-1", new string('x', 5000), Now).Text.Length);

    [Fact]
    public void ARequestIsHandledOnceAndTheFirstMomentStands()
    {
        var request = DealChangeRequest.Pass(Guid.NewGuid(), "bewoner-1", "Graag een groene bank.", Now);

        request.MarkHandled(Now.AddHours(2));
        var again = Assert.Throws<DealChangeRequestHandledException>(() => request.MarkHandled(Now.AddHours(3)));

        Assert.Equal((true, Now.AddHours(2)), (request.IsHandled, request.HandledUtc!.Value));
        Assert.Equal(Now.AddHours(2), again.HandledUtc);
    }
}
