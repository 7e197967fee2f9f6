namespace BuurtBot.Turns;

/// <summary>
/// Told when a channel turned a reply's <see cref="Dialogs.Messages.OutboundPoll"/> into a poll of
/// its own, with the channel's id for it: votes arrive later naming only that id.
/// </summary>
public interface IPollTracker
{
    Task PollSentAsync(Guid conversationId, string pollKey, string channelPollId, CancellationToken cancellationToken);
}
