namespace BuurtBot.Tests.Dialogs.Resources;

/// <summary>The syllable counter and sentence splitter the B1 check rests on, on words whose count we know.</summary>
public sealed class DutchReadabilityTests
{
    [Theory]
    [InlineData("buurt", 1)]
    [InlineData("nieuw", 1)]
    [InlineData("leeuw", 1)]
    [InlineData("één", 1)]
    [InlineData("afspraak", 2)]
    [InlineData("mooie", 2)]
    [InlineData("koeien", 2)]
    [InlineData("gemeente", 3)]
    [InlineData("bijeenkomst", 3)]
    [InlineData("ideeën", 3)]
    [InlineData("eieren", 3)]
    [InlineData("bioscoop", 3)]
    [InlineData("video", 3)]
    [InlineData("situatie", 4)]
    [InlineData("initiatief", 5)]
    [InlineData("coördinator", 5)]
    [InlineData("wederkerigheid", 5)]
    [InlineData("buurtcoördinator", 6)]
    [InlineData("mede-initiatiefnemer", 9)]
    [InlineData("Hilversum", 3)]
    public void CountsDutchSyllablesByVowelSound(string word, int syllables) =>
        Assert.Equal(syllables, DutchReadability.Syllables(word));

    [Fact]
    public void SplitsSentencesAtTheirEndAndAtEveryLine()
    {
        var sentences = DutchReadability.Sentences("Dank je wel! Wat wil je doen?\nStatus: Ingediend\n• Bankje — 12");

        Assert.Equal(["Dank je wel!", "Wat wil je doen?", "Status: Ingediend", "• Bankje — 12"], sentences);
        Assert.Equal(["mede-initiatiefnemer", "zo'n", "bankje"], DutchReadability.Words("mede-initiatiefnemer, zo'n 12 bankje."));
    }

    [Fact]
    public void ScoresAnEasyTextAboveAHardOne()
    {
        static double Score(string text)
        {
            var words = DutchReadability.Words(text);
            return DutchReadability.FleschDouma(words.Count, DutchReadability.Sentences(text).Count, words.Sum(DutchReadability.Syllables));
        }

        Assert.True(Score("Wat wil je doen? Tik op een knop.") > 90);
        Assert.True(Score("De verwerkingsverantwoordelijke waarborgt de rechtmatigheid van de gegevensverwerking overeenkomstig de toepasselijke regelgeving.") < 20);
    }
}
