namespace BuurtBot.Dialogs.Domain.Peilingen;

public sealed record PeilingOptionCount(string Option, int Count, int Percentage);
