using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Public;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Wijkjaar;
using Microsoft.EntityFrameworkCore;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Wethouder;

/// <summary>
/// What the wijkwethouder reads about one wijk, and nothing more: the year's phase, the published agenda
/// and plan, counts per status, and the initiatieven waiting on the gemeente or marked for them. An
/// initiatief appears only by its public title (the coordinator-reviewed wording when its initiatiefnemer
/// published it, otherwise thema and buurt), never with a resident's name, words, chat or contact.
/// </summary>
public sealed class WethouderOverzicht(
    BuurtBotDbContext db,
    WijkagendaDocuments documents,
    Buurtactiviteitenplannen plannen,
    WethouderBesprekingen besprekingen,
    TimeProvider time)
{
    public async Task<WethouderWijk> ForAsync(string wijk, CancellationToken cancellationToken)
    {
        var year = AmsterdamTime.DateOf(time.GetUtcNow()).Year;
        var jaar = await db.Set<WijkjaarEntity>().AsNoTracking().FirstOrDefaultAsync(j => j.Wijk == wijk && j.Year == year, cancellationToken);
        var initiatieven = await db.Initiatieven.AsNoTracking().Where(i => i.WijkName == wijk).ToListAsync(cancellationToken);
        var perStatus = initiatieven.GroupBy(i => i.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Count())).ToList();
        var wachtend = initiatieven
            .Select(i => (Initiatief: i, Waarop: WaitingOnGemeente(i)))
            .Where(x => x.Waarop is not null)
            .OrderBy(x => x.Initiatief.UpdatedAt)
            .Select(x => Row(x.Initiatief, x.Waarop!))
            .ToList();
        var byId = initiatieven.ToDictionary(i => i.Id);
        var terBespreking = (await besprekingen.ForWijkAsync(wijk, cancellationToken))
            .Where(b => byId.ContainsKey(b.InitiatiefId))
            .Select(b => new TerBespreking(Row(byId[b.InitiatiefId], null), b.Note, b.ByName, b.MarkedUtc))
            .ToList();
        return new WethouderWijk(
            wijk, year, jaar?.Huidig,
            await documents.PublishedAsync(wijk, cancellationToken),
            await plannen.PublicAsync(wijk, cancellationToken),
            perStatus, wachtend, terBespreking);
    }

    /// <summary>What the gemeente still has to do for the initiatief, or null when nothing.</summary>
    public static string? WaitingOnGemeente(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        if (initiatief.IsFinal || initiatief.Deal is not { } deal)
        {
            return null;
        }

        if (!deal.IsClosed)
        {
            return deal.IsAcceptedBy(DealSide.Bewoners) && !deal.IsAcceptedBy(DealSide.Gemeente)
                ? "De bewoners accepteerden de buurtdeal; het akkoord van de gemeente ontbreekt nog."
                : null;
        }

        var open = deal.AfsprakenOf(DealSide.Gemeente).Count(a => a.Status is AfspraakStatus.Open or AfspraakStatus.Bezig);
        return open == 0 ? null : $"{open} {(open == 1 ? "afspraak" : "afspraken")} van de gemeente nog niet gedaan.";
    }

    private static WethouderInitiatief Row(Initiatief initiatief, string? waarop)
    {
        var status = initiatief.Status;
        var title = initiatief.IsPublished ? PublishedInitiatieven.Redacted(initiatief).Title : PublicText.Untitled(initiatief);
        return new WethouderInitiatief(initiatief.Id, title, initiatief.IsPublished, status, waarop);
    }
}

/// <summary>One wijk as the wethouder's page shows it.</summary>
public sealed record WethouderWijk(
    string Wijk,
    int Year,
    WijkjaarFase? Fase,
    WijkagendaVersion? Agenda,
    PublicPlan? Plan,
    IReadOnlyList<StatusCount> PerStatus,
    IReadOnlyList<WethouderInitiatief> WachtOpGemeente,
    IReadOnlyList<TerBespreking> TerBespreking);

public sealed record StatusCount(InitiatiefStatus Status, int Count);

/// <summary>An initiatief by its public title only; <paramref name="Published"/>: it has a public page on the map.</summary>
public sealed record WethouderInitiatief(Guid Id, string Title, bool Published, InitiatiefStatus Status, string? Waarop);

public sealed record TerBespreking(WethouderInitiatief Initiatief, string Note, string ByName, DateTime MarkedUtc);
