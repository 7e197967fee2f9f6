using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Turns;

public sealed class TypingIndicatorTests : IDisposable
{
    private readonly RecordingSender _sender = new();
    private readonly BuurtBotApp _app;

    public TypingIndicatorTests()
    {
        _app = new BuurtBotApp { UseWelcomeBot = true };
        _app.Settings["Turns:ShowTypingAfter"] = "00:00:00.100";
        _app.ConfigureServices = services => services.AddSingleton<IChannelSender>(_sender);
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ASlowTurnShowsTheResidentTypingOnce()
    {
        var conversationId = await StoreConversationAsync();
        var typing = _app.Services.GetRequiredService<TypingIndicator>();

        await typing.WhileAsync(conversationId, async () => { await Task.Delay(600); return true; }, CancellationToken.None);

        Assert.Single(_sender.Sent, m => m.Kind == OutboundKind.Typing);
    }

    [Fact]
    public async Task AQuickTurnShowsNoTyping()
    {
        var conversationId = await StoreConversationAsync();
        var typing = _app.Services.GetRequiredService<TypingIndicator>();

        await typing.WhileAsync(conversationId, () => Task.FromResult(true), CancellationToken.None);
        await Task.Delay(300);

        Assert.DoesNotContain(_sender.Sent, m => m.Kind == OutboundKind.Typing);
    }

    private async Task<Guid> StoreConversationAsync()
    {
        _app.CreateClient();
        await using var scope = _app.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
        var stored = await inbox.StoreAsync(new InboundEnvelope(RecordingSender.Name, "chat-1", "m-1", new InboundMessage { Kind = InboundKind.ConversationStarted }), CancellationToken.None);
        // Let the welcome turn (and any typing it caused) finish before measuring.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!_sender.Sent.Any(m => m.Kind == OutboundKind.Message) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200);
        _sender.Sent.Clear();
        return stored.ConversationId;
    }

    private sealed class RecordingSender : IChannelSender
    {
        public const string Name = "recording";

        public System.Collections.Concurrent.ConcurrentBag<OutboundMessage> Sent { get; } = [];

        public string Channel => Name;

        public ChannelCapabilities Capabilities => ChannelCapabilities.Default;

        public Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
        {
            Sent.Add(delivery.Message);
            return Task.FromResult(SendResult.Sent);
        }
    }
}
