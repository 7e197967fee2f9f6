using BuurtBot.Dialogs.Domain.Residents;

namespace BuurtBot.Tests.Dialogs.Domain.Residents;

/// <summary>The peilingen choice: asked once, the first yes kept, a named wijk only when none was known.</summary>
public sealed class ResidentTests
{
    private static readonly DateTime Earlier = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Resident New = new(null, null, null, null);

    [Fact]
    public void AYesIsKeptWithTheWijkAndBuurtNamed()
    {
        var resident = New.ChoosePeilingen(true, "Oost", "Villa Industria", Now);

        Assert.Equal(new Resident("Oost", "Villa Industria", Now, Now), resident);
        Assert.True(resident.WasAskedAboutPeilingen && resident.WantsPeilingen);
    }

    [Fact]
    public void ANoIsRememberedSoTheResidentIsNotAskedAgainAndNothingElseIsKept()
    {
        var resident = New.ChoosePeilingen(false, "Oost", "Villa Industria", Now);

        Assert.Equal(new Resident(null, null, Now, null), resident);
        Assert.True(resident.WasAskedAboutPeilingen);
        Assert.False(resident.WantsPeilingen);
    }

    [Fact]
    public void ALaterYesKeepsTheFirstMomentsAndALaterNoWithdrawsTheConsent()
    {
        var once = New.ChoosePeilingen(true, null, null, Earlier);

        Assert.Equal(new Resident(null, null, Earlier, Earlier), once.ChoosePeilingen(true, null, null, Now));
        Assert.Equal(new Resident(null, null, Earlier, null), once.ChoosePeilingen(false, null, null, Now));
    }

    public static TheoryData<Resident, string?, string?, string?, string?> Areas() => new()
    {
        // known wijk and buurt, named wijk, named buurt → kept wijk, kept buurt
        { new("Oost", null, Earlier, null), "Zuid", "Hoorneboeg", "Oost", null }, // the wijk of an initiatief wins
        { new("Oost", null, Earlier, null), "Oost", "Villa Industria", "Oost", "Villa Industria" }, // a buurt in the known wijk is filled in
        { new("Oost", "Villa Industria", Earlier, null), "Oost", "Oostereng", "Oost", "Villa Industria" }, // a known buurt stays
        { new(null, null, Earlier, null), "Zuid", null, "Zuid", null }, // a wijk without a buurt
    };

    [Theory]
    [MemberData(nameof(Areas))]
    public void ANamedWijkIsKeptOnlyWhenNoneWasKnownAndABuurtOnlyWithinTheKnownWijk(Resident before, string? wijk, string? buurt, string? keptWijk, string? keptBuurt)
    {
        var after = before.ChoosePeilingen(true, wijk, buurt, Now);

        Assert.Equal((keptWijk, keptBuurt), (after.Wijk, after.Buurt));
    }

    [Fact]
    public void ATimeThatIsNotUtcIsRefused() =>
        Assert.Throws<ArgumentException>(() => New.ChoosePeilingen(true, null, null, DateTime.SpecifyKind(Now, DateTimeKind.Unspecified)));
}
