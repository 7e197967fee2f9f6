using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Wijkagenda;

/// <summary>A thema, its rank in the wijk (1 = named most) and how many residents named it.</summary>
public sealed record WijkagendaThema(Thema Thema, int Rank, int Residents);
