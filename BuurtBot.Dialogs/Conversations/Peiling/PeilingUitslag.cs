using BuurtBot.Dialogs.Domain.Peilingen;
namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>A closed peiling's result: counts per option in the peiling's order.</summary>
public sealed record PeilingUitslag(string Question, IReadOnlyList<PeilingOptionCount> Options, int Participants, bool? Draagvlak);
