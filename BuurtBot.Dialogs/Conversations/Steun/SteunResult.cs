namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>What tapping "Ik steun dit" did, and how many residents support the initiatief with this turn saved.</summary>
public sealed record SteunResult(SteunOutcome Outcome, int Supporters);
