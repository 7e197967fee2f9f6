using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Inzicht.Onbegrepen;

namespace BuurtBot.Tests.Inzicht;

/// <summary>What a misunderstood answer looks like once masked: nothing that points at a person is left.</summary>
public sealed class OnbegrepenTextMaskerTests
{
    [Theory]
    [InlineData("ik ben Jan de Vries, bel me op 06-12345678", "ik ben [naam], bel me op [telefoon]")]
    [InlineData("mail maar naar jan.devries@example.nl", "mail maar naar [e-mail]")]
    [InlineData("bel 0612345678 of 035-1234567", "bel [telefoon] of [telefoon]")]
    [InlineData("mijn nummer is +31 6 1234 5678", "mijn nummer is [telefoon]")]
    [InlineData("ik woon op 1211 AB, of was het 1211AB", "ik woon op [postcode], of was het [postcode]")]
    [InlineData("stort het op NL91 ABNA 0417 1643 00 graag", "stort het op [rekening] graag")]
    [InlineData("mijn klantnummer is 884213 denk ik", "mijn klantnummer is [nummer] denk ik")]
    [InlineData("ik heet piet", "ik heet [naam]")]
    [InlineData("mijn naam is Fatima el Amrani", "mijn naam is [naam]")]
    [InlineData("dat weet ik niet hoor, groeten Els", "dat weet ik niet hoor, groeten [naam]")]
    [InlineData("prima. mvg kees", "prima. mvg [naam]")]
    public void PersonalDataBecomesAPlaceholder(string typed, string stored) =>
        Assert.Equal(stored, TextMasker.Mask(typed));

    [Theory]
    [InlineData("Ja, dat wil ik wel", "Ja, dat wil ik wel")]
    [InlineData("Geen idee. Misschien later", "Geen idee. Misschien later")]
    [InlineData("ik ben blij met het plan", "ik ben blij met het plan")]
    [InlineData("in 2024 is het beter", "in 2024 is het beter")]
    public void OrdinaryAnswersStayAsTheyAre(string typed, string stored) =>
        Assert.Equal(stored, TextMasker.Mask(typed));

    [Theory]
    [InlineData("de buurman Ahmed zegt van wel", "de buurman [naam] zegt van wel")]
    [InlineData("vraag het aan Jan de Vries maar", "vraag het aan [naam] maar")]
    [InlineData("Jan de Vries weet het", "[naam] weet het")]
    public void CapitalisedWordsNotStartingASentenceCountAsNames(string typed, string stored) =>
        Assert.Equal(stored, TextMasker.Mask(typed));

    [Fact]
    public void AFullMessageKeepsNoPhoneNameOrAddress()
    {
        var masked = TextMasker.Mask("Hoi, ik ben Jan de Vries van de Lapersweg, 1213 AB. Bel me op 06 1234 5678 of mail jan@devries.nl. Groet, Jan");
        foreach (var leak in new[] { "Jan", "Vries", "Lapersweg", "1213", "1234", "5678", "devries" })
        {
            Assert.DoesNotContain(leak, masked, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("vlak bij de Groest", "vlak bij de Groest")]
    [InlineData("in Hilversumse Meent, groet Els", "in Hilversumse Meent, groet [naam]")]
    [InlineData("bij de Havenstraatbuurt, ik ben Jan", "bij de Havenstraatbuurt, ik ben [naam]")]
    [InlineData("in de Kerkstraat bij Piet", "in de [naam] bij [naam]")]
    public void TheWijkenAndBuurtenStayButAStreetOrNameDoesNot(string typed, string stored) =>
        Assert.Equal(stored, TextMasker.Mask(typed, new SharedPlaceNames(AreaCatalogLoader.FromEmbeddedDefault()).Names));

    [Fact]
    public void NothingTypedIsEmpty() => Assert.Equal(string.Empty, TextMasker.Mask("  "));
}
