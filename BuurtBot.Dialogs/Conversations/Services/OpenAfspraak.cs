namespace BuurtBot.Dialogs.Conversations.Services;

/// <summary>One resident afspraak that is not done yet, as the check-in names it.</summary>
public sealed record OpenAfspraak(Guid Id, string Description);
