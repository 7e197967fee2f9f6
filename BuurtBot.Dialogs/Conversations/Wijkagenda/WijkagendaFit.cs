using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>
/// The thema's place among the wijk's themes (1 = most named; null when nobody named it) and how many
/// residents named it; <paramref name="Counted"/> false when the wijk has no answers this year. The
/// <paramref name="Doelstelling"/> is the wijk's published agenda's goal for the thema, when it has one.
/// </summary>
public sealed record WijkagendaFit(Thema Thema, int? Rank, int Residents, string? Doelstelling = null, bool Counted = true);
