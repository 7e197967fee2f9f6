using System.Runtime.CompilerServices;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A conversation as a test reads it, after the SDK's TestFlow:
/// <c>await flow.Send("hallo").AssertReply("...").Send("2").AssertReplyContains("...")</c>.
/// Each turn starts from the state string the previous turn returned, as after a restart, and the
/// flow checks that this string reads back and saves again unchanged.
/// </summary>
public sealed class DialogTestFlow
{
    private readonly IConversationBot _bot;
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<OutboundMessage> _replies = new();
    private readonly ConversationReference _conversation = new(Guid.NewGuid(), "test");
    private readonly Action<Guid, AfterTurnWork>? _afterTurn;

    /// <param name="afterTurn">Carries out what a turn recorded for after it (as the host does once it is saved).</param>
    public DialogTestFlow(IConversationBot bot, TimeProvider? time = null, ChannelCapabilities? capabilities = null, string locale = "nl-NL", Action<Guid, AfterTurnWork>? afterTurn = null)
    {
        _bot = bot;
        _afterTurn = afterTurn;
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)));
        Capabilities = capabilities ?? ChannelCapabilities.Default;
        Locale = locale;
    }

    public TimeProvider Time { get; }

    public ChannelCapabilities Capabilities { get; }

    /// <summary>The resident's language; a turn that switches it keeps it for the next, as the host does.</summary>
    public string Locale { get; private set; }

    /// <summary>Whether the resident agreed to the privacy notice; carried from turn to turn, as the host does.</summary>
    public bool ConsentGiven { get; set; }


    /// <summary>Who the resident is to the conversations: their conversation's id.</summary>
    public string ResidentId => _conversation.ConversationId.ToString("D");

    /// <summary>Everything the turns so far recorded for after them, in order.</summary>
    public List<AfterTurnWork> AfterTurn { get; } = [];

    /// <summary>The state saved after the last turn.</summary>
    public string? SavedState { get; set; }

    public DialogTestFlow Send(string text) => Send(InboundMessage.FromText(text));

    /// <summary>A tapped button that sends its value rather than its title.</summary>
    public DialogTestFlow Tap(ReplyChoice choice) => Send(new InboundMessage { Text = choice.Title, Value = choice.Value });

    public DialogTestFlow Send(InboundMessage activity)
    {
        _steps.Add(async () =>
        {
            Assert.True(_replies.Count == 0, $"Unchecked replies before sending '{activity.Text}': {Describe(_replies)}");
            var turn = new TurnContext(activity, _conversation, Time) { Capabilities = Capabilities, Locale = Locale, ConsentGiven = ConsentGiven };
            var saved = await _bot.OnTurnAsync(turn, SavedState, CancellationToken.None);
            Locale = turn.Locale;
            ConsentGiven = turn.ConsentGiven;
            if (saved is not null)
            {
                Assert.Equal(saved, DialogStateSerializer.Serialize(DialogStateSerializer.Deserialize(saved)));
            }

            SavedState = saved;
            foreach (var work in turn.AfterTurn)
            {
                AfterTurn.Add(work);
                _afterTurn?.Invoke(_conversation.ConversationId, work);
            }

            foreach (var reply in turn.Replies)
            {
                _replies.Enqueue(reply);
            }
        });
        return this;
    }

    public DialogTestFlow AssertReply(string expected) => AssertReply(reply => Assert.Equal(expected, reply.Text));

    public DialogTestFlow AssertReplyContains(string part) => AssertReply(reply => Assert.Contains(part, reply.Text, StringComparison.Ordinal));

    /// <summary>The next reply offers exactly these button titles.</summary>
    public DialogTestFlow AssertChoices(params string[] titles) => AssertReply(reply => Assert.Equal(titles, reply.Choices.Select(choice => choice.Title)));

    public DialogTestFlow AssertReply(Action<OutboundMessage> check)
    {
        _steps.Add(() =>
        {
            Assert.True(_replies.Count > 0, "Expected a reply, but the bot sent nothing more.");
            check(_replies.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Something changes in the world between two turns (a coordinator's move, a deal that moved on).</summary>
    public DialogTestFlow Do(Action change)
    {
        _steps.Add(() =>
        {
            change();
            return Task.CompletedTask;
        });
        return this;
    }

    public DialogTestFlow AssertNoMoreReplies()
    {
        _steps.Add(() =>
        {
            Assert.True(_replies.Count == 0, $"Expected no more replies, got: {Describe(_replies)}");
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        _steps.Clear();
    }

    public TaskAwaiter GetAwaiter() => StartTestAsync().GetAwaiter();

    private static string Describe(IEnumerable<OutboundMessage> replies) => string.Join(" | ", replies.Select(reply => reply.Text));
}
