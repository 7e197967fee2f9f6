namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// A vote in a channel's own poll (Telegram's poll_answer): the channel's poll id and the chosen
/// option indexes, zero-based. No options means the resident took their vote back.
/// </summary>
public sealed record PollVote(string ChannelPollId, IReadOnlyList<int> OptionIds);
