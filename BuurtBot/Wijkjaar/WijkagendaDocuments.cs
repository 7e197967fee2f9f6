using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// The wijk's agenda as its own document: the wijkteam saves a concept, a coordinator of the wijk (or
/// a beheerder) approves it and publishes it. Saving after approval starts the next version, so the
/// public keeps the last published one until the next is published. Only the wijk's own coordinators
/// and the beheerders change it (checked here, whatever page calls); approving and publishing are audited.
/// </summary>
public sealed class WijkagendaDocuments(BuurtBotDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>Every version of the year, newest first.</summary>
    public async Task<IReadOnlyList<WijkagendaVersion>> VersionsAsync(string wijk, int year, CancellationToken cancellationToken) =>
        (await db.Set<WijkagendaVersion>().AsNoTracking().Where(v => v.Wijk == wijk && v.Year == year).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Versie).ToList();

    /// <summary>What the public sees: the newest published version of the latest year that has one; null when none.</summary>
    public async Task<WijkagendaVersion?> PublishedAsync(string wijk, CancellationToken cancellationToken) =>
        (await db.Set<WijkagendaVersion>().AsNoTracking().Where(v => v.Wijk == wijk && v.Status == WijkagendaStatus.Gepubliceerd).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Versie).FirstOrDefault();

    /// <summary>Saves the doelstellingen as the year's concept; the problems (in Dutch) when they cannot be saved.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string wijk, int year, IReadOnlyList<Doelstelling> doelstellingen, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.MayStartPeilingIn(wijk))
        {
            return ["Alleen de coördinatoren van deze wijk en de beheerders maken de wijkagenda."];
        }

        if (WijkagendaVersion.Problems(doelstellingen) is { Count: > 0 } problems)
        {
            return problems;
        }

        if (doelstellingen.Count == 0)
        {
            return ["Schrijf een doelstelling bij minstens één thema."];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var latest = await LatestAsync(wijk, year, cancellationToken);
        if (latest is { Status: WijkagendaStatus.Concept })
        {
            latest.Revise(doelstellingen, by.Id, now);
        }
        else
        {
            db.Add(WijkagendaVersion.Draft(wijk, year, (latest?.Versie ?? 0) + 1, doelstellingen, by.Id, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Approves the year's concept; null when done, else why not.</summary>
    public async Task<string?> ApproveAsync(string wijk, int year, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.MayStartPeilingIn(wijk))
        {
            return "Alleen de coördinatoren van deze wijk en de beheerders keuren de wijkagenda goed.";
        }

        if (await LatestAsync(wijk, year, cancellationToken) is not { Status: WijkagendaStatus.Concept } concept)
        {
            return "Er is geen concept om goed te keuren.";
        }

        concept.Approve(by.Id, time.GetUtcNow().UtcDateTime);
        await audit.RecordAsync(by, AuditActions.WijkagendaApproved, detail: $"{wijk} {year} versie {concept.Versie}", cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Publishes the year's approved version; null when done, else why not.</summary>
    public async Task<string?> PublishAsync(string wijk, int year, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.MayStartPeilingIn(wijk))
        {
            return "Alleen de coördinatoren van deze wijk en de beheerders publiceren de wijkagenda.";
        }

        if (await LatestAsync(wijk, year, cancellationToken) is not { Status: WijkagendaStatus.Goedgekeurd } approved)
        {
            return "Keur de wijkagenda eerst goed; daarna kun je hem publiceren.";
        }

        approved.Publish(time.GetUtcNow().UtcDateTime);
        await audit.RecordAsync(by, AuditActions.WijkagendaPublished, detail: $"{wijk} {year} versie {approved.Versie}", cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<WijkagendaVersion?> LatestAsync(string wijk, int year, CancellationToken cancellationToken) =>
        (await db.Set<WijkagendaVersion>().Where(v => v.Wijk == wijk && v.Year == year).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Versie).FirstOrDefault();
}
