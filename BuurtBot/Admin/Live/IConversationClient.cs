namespace BuurtBot.Admin.Live;

/// <summary>
/// What the hub tells an admin page. Only ids and the owner cross the wire: the page fetches what
/// it shows through its own (scoped) page handler, so no resident's words travel over the hub.
/// </summary>
public interface IConversationClient
{
    /// <summary>A conversation in the listener's wijken changed (new line, new owner); <paramref name="owner"/> is Bot, Queue or Coordinator.</summary>
    Task ConversationChanged(Guid conversationId, string owner);

    /// <summary>The conversation the page watches has new transcript lines.</summary>
    Task TranscriptChanged(Guid conversationId);
}
