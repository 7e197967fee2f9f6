using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Public;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>Wijkgesprek answers on the turn's own DbContext: nothing is saved here; the turn saves.</summary>
internal sealed class EfWijkgesprekStore(BuurtBotDbContext db, PublishedInitiatieven published, TimeProvider time) : IWijkgesprekStore
{
    public async Task<string?> WijkOfAsync(string residentId, CancellationToken cancellationToken) =>
        Guid.TryParse(residentId, out var id)
            ? await db.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => c.Wijk).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Over published initiatieven only, as the buurtmonitor counts: an unpublished one is not even a number in the chat.</summary>
    public async Task<WijkInCijfers> CijfersAsync(string wijk, CancellationToken cancellationToken)
    {
        var year = AmsterdamTime.ToLocal(time.GetUtcNow()).Year;
        var mine = (await published.AllAsync(cancellationToken))
            .Where(i => string.Equals(i.WijkName, wijk, StringComparison.OrdinalIgnoreCase) && i.CreatedAt.Year == year)
            .ToList();
        var deals = mine.Where(i => i.Deal is { IsClosed: true }).Select(i => i.Deal!).ToList();
        return new WijkInCijfers(year, mine.Count, deals.Count,
            deals.Sum(d => d.Afspraken.Count(a => a.Status == AfspraakStatus.Gedaan)), deals.Sum(d => d.Afspraken.Count));
    }

    public async Task SaveAsync(WijkgesprekAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var now = time.GetUtcNow();
        var year = AmsterdamTime.ToLocal(now).Year;
        var earlier = await db.Set<WijkgesprekAntwoord>().Where(a => a.ResidentId == answers.ResidentId && a.Year == year).ToListAsync(cancellationToken);
        db.RemoveRange(earlier);
        foreach (var reply in answers.Replies)
        {
            db.Add(WijkgesprekAntwoord.Answer(answers.ResidentId, answers.Wijk, year, reply.Vraag, reply.Thema, reply.Text, now.UtcDateTime));
        }
    }
}
