using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Wijkjaar;

/// <summary>A published buurtactiviteitenplan as the public may read it: per theme of the wijkagenda, only published initiatieven in their reviewed wording.</summary>
public sealed record PublicPlan(string Wijk, int Year, DateTime PublishedUtc, IReadOnlyList<PlanThema> Themas)
{
    public int Initiatieven => Themas.Sum(t => t.Initiatieven.Count + t.NietOpenbaar);

    public int MetBuurtdeal => Themas.Sum(t => t.Initiatieven.Count(i => i.HasDeal));

    public int AfsprakenGedaan => Themas.Sum(t => t.Initiatieven.Sum(i => i.AfsprakenGedaan));

    public int Afspraken => Themas.Sum(t => t.Initiatieven.Sum(i => i.Afspraken));
}

/// <summary>One theme of the plan: its doelstelling (null when the theme left the agenda since) and its initiatieven; those not public are only counted.</summary>
public sealed record PlanThema(Thema Thema, string? Doelstelling, IReadOnlyList<PlanInitiatief> Initiatieven, int NietOpenbaar);

/// <summary>An initiatief in the plan: its public title, status and how many of its deal's afspraken are done.</summary>
public sealed record PlanInitiatief(Guid Id, string Title, InitiatiefStatus Status, bool HasDeal, int AfsprakenGedaan, int Afspraken);
