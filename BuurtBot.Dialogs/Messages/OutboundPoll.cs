namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// A question with fixed answers that a channel may show as its own poll (Telegram's native poll).
/// The message's <see cref="OutboundMessage.Choices"/> carry the same options as buttons, for
/// channels that have no polls. <see cref="Key"/> lets the host map the channel's poll id back.
/// </summary>
public sealed record OutboundPoll(string Key, string Question, IReadOnlyList<string> Options);
