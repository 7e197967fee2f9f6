using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Reminders;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Monitoring;

/// <summary>
/// Everything monitoring did for one initiatief, oldest first: each check-in sent, its reminder and
/// escalation, each answer per afspraak with the comment and photo, the coordinators' tasks it raised,
/// and the evaluation. What the admin page of the initiatief shows under "Monitoring".
/// </summary>
public sealed class MonitoringTimeline(BuurtBotDbContext db)
{
    public async Task<IReadOnlyList<MonitoringEvent>> ForAsync(Initiatief initiatief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        var id = initiatief.Id;
        var afspraken = initiatief.Deal?.Afspraken.ToDictionary(a => a.Id, a => a.Description) ?? [];
        var events = new List<MonitoringEvent>();

        foreach (var round in await db.Set<CheckInRound>().AsNoTracking().Where(r => r.InitiatiefId == id).ToListAsync(cancellationToken))
        {
            events.Add(new MonitoringEvent(round.SentUtc, "Check-in verstuurd", null, null, false, null));
            if (round.ReminderSentUtc is { } reminded)
            {
                events.Add(new MonitoringEvent(reminded, "Herinnering verstuurd", null, null, false, null));
            }

            if (round.EscalatedUtc is { } escalated)
            {
                events.Add(new MonitoringEvent(escalated, "Geen reactie, ook niet na de herinnering: coördinator ingeschakeld", null, null, true, null));
            }
        }

        foreach (var entry in await db.Set<MonitoringEntry>().AsNoTracking().Where(e => e.InitiatiefId == id).ToListAsync(cancellationToken))
        {
            events.Add(new MonitoringEvent(entry.AtUtc, "Antwoord: " + Answer(entry.Answer), afspraken.GetValueOrDefault(entry.AfspraakId), entry.Comment,
                entry.Flagged, entry.PhotoReference is null ? null : "Foto meegestuurd"));
        }

        foreach (var task in await db.Set<CoordinatorTask>().AsNoTracking()
                     .Where(t => t.InitiatiefId == id && (t.Kind == CoordinatorTaskKind.Onbereikbaar || t.Kind == CoordinatorTaskKind.GemeenteCheckIn))
                     .ToListAsync(cancellationToken))
        {
            events.Add(new MonitoringEvent(task.CreatedUtc, task.Kind == CoordinatorTaskKind.Onbereikbaar
                ? "Bewoner niet bereikbaar: check-in kon niet worden verstuurd"
                : "Check-in voor de afspraken van de gemeente (taak voor de coördinator)", null, null, task.Kind == CoordinatorTaskKind.Onbereikbaar, null));
        }

        foreach (var evaluatie in await db.Set<InitiatiefEvaluatie>().AsNoTracking().Where(e => e.InitiatiefId == id).ToListAsync(cancellationToken))
        {
            events.Add(new MonitoringEvent(evaluatie.AtUtc, $"Evaluatie ingevuld: tevredenheid {evaluatie.Satisfaction} van 5, {(evaluatie.WouldDoAgain ? "zou het opnieuw doen" : "zou het niet opnieuw doen")}",
                null, string.Join(" · ", new[] { evaluatie.WentWell, evaluatie.CouldBeBetter }.Where(t => !string.IsNullOrWhiteSpace(t))), false, null));
        }

        return events.OrderBy(e => e.AtUtc).ToList();
    }

    private static string Answer(CheckInProgress progress) => progress switch
    {
        CheckInProgress.LooptGoed => "loopt goed",
        CheckInProgress.LooptAchter => "loopt achter",
        CheckInProgress.HulpNodig => "hulp nodig",
        _ => progress.ToString(),
    };
}

/// <summary>One line of the monitoring timeline. <see cref="Comment"/> is what the resident wrote: encode it where shown.</summary>
public sealed record MonitoringEvent(DateTime AtUtc, string What, string? Afspraak, string? Comment, bool Flagged, string? Photo);
