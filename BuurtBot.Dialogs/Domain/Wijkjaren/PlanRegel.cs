namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>One line of the buurtactiviteitenplan: an initiatief of the wijk, under the wijkagenda theme it works on.</summary>
public sealed record PlanRegel(Guid InitiatiefId, Thema Thema);
