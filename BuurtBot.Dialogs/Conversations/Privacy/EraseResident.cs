using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Privacy;

/// <summary>
/// "Vergeet mij" (or a no to the privacy question): once the turn is saved, the host erases the
/// resident of this conversation, all but the confirmation this very turn wrote, so it can still
/// reach them. Initiatieven with a closed buurtdeal stay, without anything that points to them.
/// </summary>
public sealed record EraseResident : AfterTurnWork;
