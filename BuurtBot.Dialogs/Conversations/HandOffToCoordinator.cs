using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// The resident asked for a person: once the turn is saved, the host puts the chat in the
/// coordinators' queue (and tells the resident what happens next), so the handoff's own guarded
/// update never races the turn that asked for it.
/// </summary>
/// <param name="Reason">A short code for the log (<c>asked</c>, <c>menu</c>), never the resident's words.</param>
public sealed record HandOffToCoordinator(string Reason) : AfterTurnWork;
