namespace BuurtBot.Wijkagenda;

/// <summary>One wijk's agenda for a year: residents who answered, and the themes they named.</summary>
public sealed record WijkagendaWijk(string Wijk, int Year, int Residents, IReadOnlyList<WijkagendaThema> Themas);
