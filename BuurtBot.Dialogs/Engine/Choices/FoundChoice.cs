namespace BuurtBot.Dialogs.Engine.Choices;

/// <summary>A choice the resident picked: its position in the list, its title and its value.</summary>
public sealed record FoundChoice(int Index, string Title, string Value);
