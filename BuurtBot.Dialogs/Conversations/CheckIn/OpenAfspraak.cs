namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>One resident afspraak that is to be done now, as the check-in names it: its words and date as agreed.</summary>
public sealed record OpenAfspraak(Guid Id, string Description, DateOnly? DueDate = null);
