using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Testing;

/// <summary>A bot whose replies a test writes, to see what a channel does with them.</summary>
public sealed class ScriptedBot(Func<InboundMessage, IEnumerable<OutboundMessage>> reply) : IConversationBot
{
    public static ScriptedBot Echo { get; } = new(m => [OutboundMessage.FromText($"echo {m.Text}")]);

    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        foreach (var message in reply(turn.Activity))
        {
            await turn.SendAsync(message, cancellationToken);
        }

        return savedState;
    }
}
