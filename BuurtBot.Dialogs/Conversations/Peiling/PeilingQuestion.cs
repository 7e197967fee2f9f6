namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>One peiling as a resident sees it. <see cref="IsOpen"/> is false once it closed.</summary>
public sealed record PeilingQuestion(Guid Id, string Question, IReadOnlyList<string> Options, DateTime ClosesUtc, bool IsOpen);
