namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>One resident afspraak that is not done yet, as the check-in names it.</summary>
public sealed record OpenAfspraak(Guid Id, string Description);
