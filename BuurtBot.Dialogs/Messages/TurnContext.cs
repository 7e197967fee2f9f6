namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// One turn of a conversation, as in the Bot Framework's ITurnContext: the message that
/// came in, and the replies that go out. What the dialogs need of the world they get as typed ports
/// through their constructors, not from the turn.
/// Replies are collected, not sent: the host stores them in its outbox with the new state. Work
/// that must wait until then is collected the same way (<see cref="After"/>).
/// </summary>
public sealed class TurnContext
{
    private readonly List<OutboundMessage> _replies = [];
    private readonly List<AfterTurnWork> _afterTurn = [];
    private readonly List<StepMark> _steps = [];
    private readonly List<Misunderstanding> _misunderstandings = [];

    public TurnContext(InboundMessage activity, ConversationReference conversation, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(time);
        Activity = activity;
        Conversation = conversation;
        Time = time;
    }

    public InboundMessage Activity { get; }

    public ConversationReference Conversation { get; }

    public TimeProvider Time { get; }

    public ChannelCapabilities Capabilities { get; init; } = ChannelCapabilities.Default;

    /// <summary>The resident's language for this turn (<c>nl</c> by default).</summary>
    public string Locale { get; set; } = "nl-NL";

    /// <summary>
    /// Whether the resident agreed to the privacy notice. Until they do, the bot asks nothing
    /// personal; the host stores the answer with the conversation.
    /// </summary>
    public bool ConsentGiven { get; set; }

    /// <summary>
    /// The chat waits in the coordinators' queue: the resident can still see their initiatieven or stop
    /// waiting, and the open question stays as it is for when the bot takes the chat back.
    /// </summary>
    public bool WaitingForCoordinator { get; init; }

    public IReadOnlyList<OutboundMessage> Replies => _replies;

    /// <summary>What the host is to do once this turn is saved, in the order it was asked for.</summary>
    public IReadOnlyList<AfterTurnWork> AfterTurn => _afterTurn;

    /// <summary>What happened at the named steps of the dialogs in this turn (asked, answered, asked again).</summary>
    public IReadOnlyList<StepMark> Steps => _steps;

    /// <summary>Records a named step's outcome; the host stores it with the turn.</summary>
    public void Mark(StepMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        _steps.Add(mark);
    }

    /// <summary>The answers a prompt did not accept in this turn, with what was typed.</summary>
    public IReadOnlyList<Misunderstanding> Misunderstandings => _misunderstandings;

    /// <summary>Records an answer a prompt did not accept; the host drops it unless a beheerder opted in.</summary>
    public void Misunderstood(Misunderstanding misunderstanding)
    {
        ArgumentNullException.ThrowIfNull(misunderstanding);
        _misunderstandings.Add(misunderstanding);
    }

    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        _replies.Add(message);
        return Task.CompletedTask;
    }

    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(OutboundMessage.FromText(text), cancellationToken);

    /// <summary>Records work for the host to carry out once the turn is saved, not before.</summary>
    public void After(AfterTurnWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _afterTurn.Add(work);
    }
}
