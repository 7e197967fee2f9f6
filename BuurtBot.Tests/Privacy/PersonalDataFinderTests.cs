using BuurtBot.Privacy.Review;

namespace BuurtBot.Tests.Privacy;

/// <summary>What the review page marks: table-style, each line a text a resident might type.</summary>
public sealed class PersonalDataFinderTests
{
    [Theory]
    [InlineData("Bel me op 06-12345678 als je wilt helpen.", PersonalDataKind.Telefoon, "06-12345678")]
    [InlineData("Mijn nummer: 06 1234 5678", PersonalDataKind.Telefoon, "06 1234 5678")]
    [InlineData("Bereikbaar op +31 6 12345678.", PersonalDataKind.Telefoon, "+31 6 12345678")]
    [InlineData("Vast: 035-6291234", PersonalDataKind.Telefoon, "035-6291234")]
    [InlineData("Mail naar jan.pietersen@voorbeeld.nl graag", PersonalDataKind.Email, "jan.pietersen@voorbeeld.nl")]
    [InlineData("Wij wonen op 1217 AB 12", PersonalDataKind.Adres, "1217 AB 12")]
    [InlineData("bij ons in de Lindelaan 4a is plek", PersonalDataKind.Adres, "Lindelaan 4a")]
    [InlineData("Maak over naar NL91 ABNA 0417 1643 00 ovv bankje", PersonalDataKind.Iban, "NL91 ABNA 0417 1643 00")]
    [InlineData("Hoi, ik ben Jan Pietersen en ik wil een bankje.", PersonalDataKind.Naam, "Jan Pietersen")]
    [InlineData("Mijn naam is Fatima el Amrani", PersonalDataKind.Naam, "Fatima")]
    [InlineData("mijn naam is Kees van der Berg.", PersonalDataKind.Naam, "Kees van der Berg")]
    public void MarksLikelyPersonalData(string text, PersonalDataKind kind, string value)
    {
        var match = Assert.Single(PersonalDataFinder.Find(text), m => m.Kind == kind);
        Assert.Equal(value, match.Value);
        Assert.Equal(value, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("Een picknicktafel voor 12 buren in het park.")]
    [InlineData("We willen in 2026 beginnen, met 25 planten.")]
    [InlineData("ik ben blij met de buurt")]
    [InlineData("De bank kost 450 euro.")]
    public void LeavesOrdinaryTextUnmarked(string text) => Assert.Empty(PersonalDataFinder.Find(text));

    [Fact]
    public void SegmentsGiveTheWholeTextBackWithTheMarkedPieces()
    {
        const string text = "Ik ben Jan Pietersen, bel 06-12345678.";
        var segments = PersonalDataFinder.Segments(text);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([PersonalDataKind.Naam, PersonalDataKind.Telefoon], segments.Where(s => s.Kind is not null).Select(s => s.Kind!.Value));
    }
}
