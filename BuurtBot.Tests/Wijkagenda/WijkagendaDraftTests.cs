using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Tests.Wijkagenda;

/// <summary>The wijkagenda answer so far is saved with the dialog as JSON: it must read back exactly, themes by name.</summary>
public sealed class WijkagendaDraftTests
{
    [Fact]
    public void TheWijkAndThemesReadBackInTheirOrder()
    {
        var draft = new WijkagendaDraft("Oost", [Thema.Jongeren, Thema.Groen]);

        var json = draft.ToJson();
        var read = WijkagendaDraft.Parse(json);

        Assert.Contains("\"Jongeren\"", json, StringComparison.Ordinal);
        Assert.Equal("Oost", read.Wijk);
        Assert.Equal([Thema.Jongeren, Thema.Groen], read.Themas);
    }
}
