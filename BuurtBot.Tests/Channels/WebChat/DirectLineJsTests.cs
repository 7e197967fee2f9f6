using System.Text.Json.Nodes;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>Microsoft's botframework-directlinejs in Node, on the WebSocket stream, against the real host on loopback.</summary>
public sealed class DirectLineJsTests
{
    [Fact]
    public async Task AResidentOnDirectLineJsCompletesTheIntakeAndEachTapEchoesItsTitle()
    {
        await using var app = new KestrelBuurtBotApp();
        await using var resident = DirectLineJsResident.Start(app.BaseAddress);
        var script = new IntakeScript(2);

        while (true)
        {
            var (text, actions) = await NextQuestionAsync(resident);
            var answer = script.Answer(text, [.. actions.Select(a => new PromptButton(a["title"]!.GetValue<string>(), a["value"]?.ToString() ?? ""))]);
            if (answer is null)
            {
                break;
            }

            if (answer.Button is { } button)
            {
                await resident.TapAsync(actions.First(a => a["title"]!.GetValue<string>() == button.Title));
            }
            else
            {
                await resident.SayAsync(answer.Text!);
            }

            // directlinejs hands the resident's own message back from the stream: it says the title, not the code.
            var echo = await resident.NextActivityAsync();
            Assert.Equal("user", echo["from"]?["role"]?.GetValue<string>());
            Assert.Equal(answer.Button?.Title ?? answer.Text, echo["text"]?.GetValue<string>());
        }

        Assert.True(script.Submitted);
        await using var scope = app.Services.CreateAsyncScope();
        var initiatief = await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Initiatieven.SingleAsync();
        Assert.Equal("Bankje bij speeltuin 2", initiatief.Title);
    }

    /// <summary>Bot activities up to one that asks something; directlinejs delivers them one by one in order.</summary>
    private static async Task<(string Text, IReadOnlyList<JsonObject> Actions)> NextQuestionAsync(DirectLineJsResident resident)
    {
        while (true)
        {
            var activity = await resident.NextActivityAsync();
            Assert.Equal("bot", activity["from"]?["role"]?.GetValue<string>());
            if (activity["type"]?.GetValue<string>() != "message")
            {
                continue;
            }

            var text = activity["text"]?.GetValue<string>() ?? "";
            var actions = DirectLineClient.ChoiceActions(activity);
            if (IntakeScript.IsQuestion(text, [.. actions.Select(a => new PromptButton(a["title"]!.GetValue<string>(), ""))]))
            {
                return (text, actions);
            }
        }
    }
}
