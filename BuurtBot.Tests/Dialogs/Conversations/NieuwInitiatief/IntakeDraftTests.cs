using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Tests.Dialogs.Conversations.NieuwInitiatief;

/// <summary>The intake's answers are saved with the dialog as JSON: they must read back exactly, the thema by name.</summary>
public sealed class IntakeDraftTests
{
    [Fact]
    public void EveryAnswerReadsBackAsItWasSaved()
    {
        var draft = new IntakeDraft
        {
            Wijk = "Centrum",
            Buurt = "Havenstraatbuurt",
            Thema = Thema.SpelenEnBewegen,
            Title = "Bankje bij de speeltuin",
            Description = "Een houten bankje.",
            Doel = "Dat ouders elkaar ontmoeten.",
            Neighbours = 5,
            Street = "Havenstraat 12",
            Latitude = 52.2292,
            Longitude = 5.1669,
            Afspraken = [new AfspraakDraft(DealSide.Gemeente, "Geld voor het bankje", 800m)],
            Photos = ["photo:0123456789abcdef0123456789abcdef"],
        };

        var read = IntakeDraft.Parse(draft.ToJson());

        Assert.Equal(draft with { Afspraken = [], Photos = [] }, read with { Afspraken = [], Photos = [] });
        Assert.Equal(draft.Afspraken, read.Afspraken);
        Assert.Equal(draft.Photos, read.Photos);
    }

    [Fact]
    public void TheThemaIsSavedByName()
    {
        Assert.Contains("\"Thema\":\"Groen\"", new IntakeDraft { Thema = Thema.Groen }.ToJson(), StringComparison.Ordinal);
        Assert.Equal(Thema.Groen, IntakeDraft.Parse("""{"Wijk":"Centrum","Thema":"Groen"}""").Thema);
        Assert.Null(IntakeDraft.Parse(new IntakeDraft().ToJson()).Thema);
    }

    [Fact]
    public void AQuestionRequestReadsBackWithItsQuestionAndAnswers()
    {
        var request = new IntakeQuestionRequest(IntakeQuestion.Buurt, new IntakeDraft { Wijk = "Oost", Thema = Thema.Jongeren });

        var read = IntakeQuestionRequest.Parse(request.ToJson());

        Assert.Equal((IntakeQuestion.Buurt, "Oost", Thema.Jongeren), (read.Question, read.Draft.Wijk, read.Draft.Thema));
    }
}
