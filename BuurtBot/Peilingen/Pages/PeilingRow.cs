using BuurtBot.Dialogs.Domain.Peilingen;

namespace BuurtBot.Peilingen.Pages;

/// <summary>One peiling in the list, with how many got it and how many answered so far.</summary>
public sealed record PeilingRow(Guid Id, string Question, PeilingTarget Target, string Wijk, string? Buurt, DateTime ClosesUtc, PeilingStatus Status, int Sent, int Answers);
