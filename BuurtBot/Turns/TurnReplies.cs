using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// The replies of one turn as a channel with a per-chat pace wants them (Telegram: about one
/// message a second per chat): plain texts joined to the message after them while the text fits in
/// one message, so "Genoteerd" + the next question is one bubble that arrives at once. A message
/// with a file or a poll keeps its own bubble; a typing indicator is dropped in between. Pure.
/// </summary>
public static class TurnReplies
{
    public static IReadOnlyList<OutboundMessage> Combine(IReadOnlyList<OutboundMessage> replies, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var combined = new List<OutboundMessage>(replies.Count);
        OutboundMessage? pending = null;
        foreach (var reply in replies)
        {
            if (reply.Kind != OutboundKind.Message)
            {
                if (pending is null)
                {
                    combined.Add(reply);
                }

                continue;
            }

            if (pending is not null && reply.Attachment is null && reply.Poll is null
                && pending.Text.Length + 2 + reply.Text.Length <= maxTextLength)
            {
                pending = reply with { Text = pending.Text + "\n\n" + reply.Text };
            }
            else
            {
                if (pending is not null)
                {
                    combined.Add(pending);
                }

                pending = reply;
            }

            // Only a plain text waits for what follows; buttons, a file or a poll end the bubble.
            if (pending.Choices.Count > 0 || pending.Attachment is not null || pending.Poll is not null)
            {
                combined.Add(pending);
                pending = null;
            }
        }

        if (pending is not null)
        {
            combined.Add(pending);
        }

        return combined;
    }
}
