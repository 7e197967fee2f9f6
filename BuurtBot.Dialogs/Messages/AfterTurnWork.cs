namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// Work a turn asks of the host that may only happen once the turn is saved (forgetting the
/// resident, queueing the chat for a person). Recorded on the <see cref="TurnContext"/> like its
/// replies, and carried out by the host after the save; each conversation derives its own kinds.
/// </summary>
public abstract record AfterTurnWork;
