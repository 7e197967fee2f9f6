using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>A neighbour who opens a share link in the chat reads only what a coordinator approved.</summary>
public sealed class ShareLinkReviewTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheShareLinkShowsTheStructuredTitleBeforeApprovalAndTheApprovedTextAfter()
    {
        var code = ShareCodes.New();
        var initiatief = await TestInitiatieven.SeedAsync(_app.Services, "Bankje van Jan Pietersen", "Centrum",
            description: "Bel me gerust: Jan Pietersen, 06-12345678.", shape: (i, now) => i.Publish(code, now));

        var neighbour = await ResidentChat.WithConsentAsync(_app);
        await neighbour.ExpectReply(contains: "Wat wil je doen?");
        await neighbour.OpenShareLink(code);
        var shown = (await neighbour.ExpectReply(contains: "Buren vragen je steun"))["text"]!.GetValue<string>();
        Assert.Contains("Initiatief over groen in Centrum", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Pietersen", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("06-12345678", shown, StringComparison.Ordinal);
        await neighbour.ExpectReply(contains: "Wil je dit initiatief steunen?");
        await neighbour.Tap("Nee, terug naar het menu");
        await neighbour.ExpectReply(contains: "Je hebt niets gesteund.");
        await neighbour.ExpectReply(contains: "Wat wil je doen?");

        await _app.QueryAsync(async db =>
        {
            var stored = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id);
            stored.ApprovePublicText("Een bankje op de Kerkbrink", "Een bank om even uit te rusten.", stored.Doel, new Dictionary<Guid, string>(), Actor.Coordinator("coordinator-centrum"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await neighbour.OpenShareLink(code);
        var approved = (await neighbour.ExpectReply(contains: "Buren vragen je steun"))["text"]!.GetValue<string>();
        Assert.Contains("Een bankje op de Kerkbrink", approved, StringComparison.Ordinal);
        Assert.Contains("Een bank om even uit te rusten.", approved, StringComparison.Ordinal);
        Assert.DoesNotContain("Pietersen", approved, StringComparison.Ordinal);
        await neighbour.ExpectReply(contains: "Wil je dit initiatief steunen?");
    }
}
