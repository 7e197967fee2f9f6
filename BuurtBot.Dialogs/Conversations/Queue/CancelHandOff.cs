using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Queue;

/// <summary>
/// The resident no longer wants to wait for a coordinator: once the turn is saved, the host takes the
/// chat out of the queue (unless a coordinator took it meanwhile) and the bot goes on where it was.
/// </summary>
public sealed record CancelHandOff : AfterTurnWork;
