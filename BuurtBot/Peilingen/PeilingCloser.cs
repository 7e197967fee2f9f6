using System.Globalization;
using System.Text;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Peilingen;

/// <summary>
/// Closes a peiling at its closing time, then sends the result to every participant (and, for an
/// initiatief, to its initiatiefnemer and onto its timeline, with the draagvlak verdict). Closing
/// happens on time whatever the hour; the result waits for the end of quiet hours. What
/// <see cref="PeilingCloseJob"/> does, as a plain service so tests drive it with a fake clock.
/// </summary>
public sealed class PeilingCloser(BuurtBotDbContext db, ProactiveMessenger messenger, QuietHours quiet, IOptions<PeilingenOptions> options, TimeProvider time)
{
    public async Task<PeilingOutcome> CloseAsync(Guid peilingId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var peiling = await db.Set<Peiling>().FirstOrDefaultAsync(p => p.Id == peilingId, cancellationToken);
        if (peiling is null || peiling.ResultsSentUtc is not null)
        {
            return new PeilingOutcome(PeilingStep.Nothing);
        }

        if (peiling.Status == PeilingStatus.Open)
        {
            if (now.UtcDateTime < peiling.ClosesUtc)
            {
                return new PeilingOutcome(PeilingStep.Deferred, RetryAt: new DateTimeOffset(peiling.ClosesUtc, TimeSpan.Zero));
            }

            peiling.Close(now.UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (quiet.IsQuiet(now))
        {
            return new PeilingOutcome(PeilingStep.Deferred, RetryAt: quiet.NextAllowed(now));
        }

        var answers = await db.Set<PeilingAnswer>().AsNoTracking().Where(a => a.PeilingId == peilingId).ToListAsync(cancellationToken);
        var initiatief = peiling.InitiatiefId is { } initiatiefId
            ? await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken)
            : null;
        var recipients = answers.Select(a => a.ResidentId).ToList();
        if (initiatief is not null)
        {
            recipients.Add(initiatief.InitiatiefnemerId);
        }

        var count = 0;
        foreach (var residentId in recipients.Distinct(StringComparer.Ordinal))
        {
            if (await messenger.FindReachableAsync(residentId, cancellationToken) is not { } chat)
            {
                continue;
            }

            var message = InboundMessage.ForEvent(PeilingUitslagDialog.EventName, peilingId.ToString("D"));
            if (await messenger.SendEventAsync(chat, $"peiling-uitslag:{peilingId:N}:{chat.ConversationId:N}", message, cancellationToken))
            {
                count++;
            }
        }

        // The inbox cleared the tracker after each event: load again to record what was done.
        db.ChangeTracker.Clear();
        var closed = await db.Set<Peiling>().FirstAsync(p => p.Id == peilingId, cancellationToken);
        if (closed.InitiatiefId is { } id && await db.Initiatieven.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } tracked)
        {
            tracked.RecordNote(Actor.System, TimelineNote(closed, answers), now.UtcDateTime);
        }

        closed.MarkResultsSent(now.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new PeilingOutcome(PeilingStep.Done, count);
    }

    /// <summary>One line for the coordinators' timeline: "Buurtpeiling: question — Ja 12 (80%), Nee 3 (20%); 15 deelnemers; draagvlak".</summary>
    private string TimelineNote(Peiling peiling, IReadOnlyList<PeilingAnswer> answers)
    {
        var counts = PeilingTally.Count(peiling.Options, answers.Select(a => a.OptionIndex));
        var note = new StringBuilder("Buurtpeiling: ").Append(peiling.Question).Append(" — ");
        note.AppendJoin(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Option} {c.Count} ({c.Percentage}%)")));
        note.Append("; ").Append(answers.Count.ToString(CultureInfo.InvariantCulture)).Append(" deelnemers");
        if (PeilingTally.Draagvlak(peiling.Kind, counts, options.Value) is { } draagvlak)
        {
            note.Append(draagvlak ? "; draagvlak" : "; geen draagvlak");
        }

        return note.ToString();
    }
}
