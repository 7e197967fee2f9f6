using System.Text.Json.Nodes;
using BuurtBot.Channels.Teams;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Peilingen;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Peilingen;

/// <summary>A steun peiling in Teams: a hero card with a messageBack button per option, answered by activities.</summary>
public sealed class TeamsPeilingTests : IAsyncLifetime
{
    private TeamsTestChannel _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestChannel.StartAsync(configure: app => app.WithPeilingen());

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task AResidentAnswersTheHeroCardTwiceAndThenChangesTheirAnswerWhichCountsOnce()
    {
        var app = _teams.App;
        Assert.True((await _teams.PostAsync(_teams.Message("hallo"))).IsSuccessStatusCode);
        await _teams.Connector.WaitForAsync(1);
        var conversationId = await app.WithDbAsync(db => db.Conversations.Where(c => c.Channel == "teams").Select(c => c.Id).SingleAsync());
        await PeilingTesting.EventuallyAsync(async () => await app.WithDbAsync(db => db.Inbox.AllAsync(i => i.ProcessedUtc != null)), "the first turn");
        await app.MakeResidentAsync(conversationId, "Zuidoost", null);
        var initiatief = await TestInitiatieven.SeedAsync(app.Services, "Moestuin Kerkelanden", "Zuidoost");

        var now = DateTime.UtcNow;
        var peiling = await app.StartPeilingAsync(
            new PeilingDraft(PeilingKind.Steun, "Steun jij de moestuin bij Kerkelanden?", [], PeilingTarget.Wijk, "Zuidoost", null, initiatief.Id, now, now.AddDays(3)), now);
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 1), await app.SendPeilingAsync(peiling.Id));

        JsonObject? card = null;
        await PeilingTesting.EventuallyAsync(() =>
        {
            card = _teams.Connector.Received.Select(r => r.Body).SingleOrDefault(b => b["attachments"]?[0]?["contentType"]?.GetValue<string>() == TeamsReplyRenderer.HeroCardContentType);
            return Task.FromResult(card is not null);
        }, "the peiling's hero card");
        Assert.Equal("Steun jij de moestuin bij Kerkelanden?", card!["attachments"]![0]!["content"]!["text"]!.GetValue<string>());
        var buttons = card["attachments"]![0]!["content"]!["buttons"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal(["Ja", "Nee"], buttons.Select(b => b["title"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal("messageBack", b["type"]!.GetValue<string>()));

        await TapAsync(buttons[0], "Je antwoord is: Ja");
        await TapAsync(buttons[0], "Je antwoord is: Ja");
        Assert.Equal(0, Assert.Single(await app.AnswersAsync(peiling.Id)).OptionIndex);

        await TapAsync(buttons[1], "Het is nu: Nee");
        var answer = Assert.Single(await app.AnswersAsync(peiling.Id));
        Assert.Equal(1, answer.OptionIndex);
        Assert.NotNull(answer.ChangedUtc);
    }

    /// <summary>Teams sends a messageBack tap as a message with the button's text and its value.</summary>
    private async Task TapAsync(JsonObject button, string expectedReply)
    {
        var before = _teams.Connector.Received.Count;
        var activity = _teams.Message(button["text"]!.GetValue<string>());
        activity["value"] = button["value"]!.DeepClone();
        Assert.True((await _teams.PostAsync(activity)).IsSuccessStatusCode);
        await PeilingTesting.EventuallyAsync(
            () => Task.FromResult(_teams.Connector.Received.Skip(before).Any(r => r.Text.Contains(expectedReply, StringComparison.Ordinal))),
            $"Teams receives '{expectedReply}'");
    }
}
