using BuurtBot.Dialogs.Conversations.Wederkerigheid;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Tests.Dialogs.Conversations.Wederkerigheid;

/// <summary>The wederkerigheid dialog replaces itself with its state as JSON after each pick: it must read back exactly.</summary>
public sealed class WederkerigheidStateTests
{
    [Fact]
    public void TheStateReadsBackWithItsThemaByName()
    {
        var state = WederkerigheidState.For(Thema.VeiligheidEnOverlast) with
        {
            Side = DealSide.Gemeente,
            Afspraken = [new AfspraakDraft(DealSide.Bewoners, "Wij houden toezicht.")],
            Explained = true,
        };

        var json = state.ToJson();
        var read = WederkerigheidState.Parse(json);

        Assert.Contains("\"Thema\":\"VeiligheidEnOverlast\"", json, StringComparison.Ordinal);
        Assert.Equal((state.Thema, state.Side, state.Explained), (read.Thema, read.Side, read.Explained));
        Assert.Equal(state.Afspraken, read.Afspraken);
    }

    [Fact]
    public void ItStartsOnTheBewonersSideWithNothingChosen()
    {
        var start = WederkerigheidState.For(Thema.Groen);

        Assert.Equal((DealSide.Bewoners, 0, false), (start.Side, start.Afspraken.Count, start.Explained));
    }
}
