using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Inzicht;

/// <summary>
/// A resident's answer the bot did not understand, in the web chat: kept only once a beheerder opted in,
/// and then masked, with the buttons offered; an answer the bot understood is never kept.
/// </summary>
public sealed class OnbegrepenCaptureTests : IDisposable
{
    private const string Misunderstood = "ik ben Jan de Vries, bel me op 06-12345678";

    private readonly ConversationApp _app = new();

    [Fact]
    public async Task WithoutTheOptInAReaskedAnswerStoresNothing()
    {
        await ReaskAtTheWijkQuestionAsync();

        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task WithTheOptInAReaskedAnswerIsStoredMasked()
    {
        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Set<OnbegrepenOptIn>().Add(new OnbegrepenOptIn { On = true, ChangedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var chat = await ReaskAtTheWijkQuestionAsync();

        var stored = Assert.Single(await StoredAsync());
        Assert.Equal("intake/wijk", stored.Where);
        Assert.Equal("nl-NL", stored.Locale);
        Assert.Equal("ik ben [naam], bel me op [telefoon]", stored.Text);
        Assert.DoesNotContain("Jan", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", stored.Text, StringComparison.Ordinal);
        Assert.Contains(OfferedChoices.FromJson(stored.ChoicesJson), c => c.Value == "Centrum");

        // The next answer is understood: nothing more is kept.
        await chat.Say("Centrum");
        await chat.NextReply();
        Assert.Single(await StoredAsync());
    }

    public void Dispose() => _app.Dispose();

    private async Task<ResidentChat> ReaskAtTheWijkQuestionAsync()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Say(Misunderstood);

        // The re-ask is sent after the turn's save, so what the turn stored is there once it arrives.
        await chat.NextReply();
        return chat;
    }

    private async Task<List<OnbegrepenAntwoord>> StoredAsync()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Set<OnbegrepenAntwoord>().AsNoTracking().ToListAsync();
    }
}
