namespace BuurtBot.Dialogs.Conversations.Peiling;

public sealed record PeilingOptionCount(string Option, int Count, int Percentage);
