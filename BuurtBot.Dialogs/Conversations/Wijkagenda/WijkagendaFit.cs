using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>The thema's place among the wijk's themes (1 = most named; null when nobody named it) and how many residents named it.</summary>
public sealed record WijkagendaFit(Thema Thema, int? Rank, int Residents);
