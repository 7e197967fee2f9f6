using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkagenda;

/// <summary>Wijkagenda answers on the turn's own DbContext: nothing is saved here; the turn saves.</summary>
internal sealed class EfWijkagendaStore(BuurtBotDbContext db, WijkagendaSummary summary, TimeProvider time) : IWijkagendaStore
{
    public async Task<string?> WijkOfAsync(string residentId, CancellationToken cancellationToken) =>
        Guid.TryParse(residentId, out var id)
            ? await db.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => c.Wijk).FirstOrDefaultAsync(cancellationToken)
            : null;

    public async Task SaveAsync(WijkagendaAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var now = time.GetUtcNow();
        var year = AmsterdamTime.ToLocal(now).Year;
        var input = await db.Set<WijkagendaInput>().FirstOrDefaultAsync(w => w.ResidentId == answer.ResidentId && w.Year == year, cancellationToken);
        if (input is null)
        {
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer(answer.ResidentId, answer.Wijk, year, answer.Themas, answer.Sentence, now.UtcDateTime));
        }
        else
        {
            input.Revise(answer.Wijk, answer.Themas, answer.Sentence, now.UtcDateTime);
        }
    }

    public async Task<WijkagendaFit?> FitAsync(string wijk, Thema thema, CancellationToken cancellationToken)
    {
        var agenda = await summary.ForWijkAsync(wijk, AmsterdamTime.ToLocal(time.GetUtcNow()).Year, cancellationToken);
        var doel = await DoelstellingAsync(wijk, thema, cancellationToken);
        if (agenda is null)
        {
            return doel is null ? null : new WijkagendaFit(thema, null, 0, doel, Counted: false);
        }

        var entry = agenda.Themas.FirstOrDefault(t => t.Thema == thema);
        return new WijkagendaFit(thema, entry?.Rank, entry?.Residents ?? 0, doel);
    }

    /// <summary>The goal for the thema in the wijk's last published agenda (what the public page shows); null when none.</summary>
    private async Task<string?> DoelstellingAsync(string wijk, Thema thema, CancellationToken cancellationToken)
    {
        var published = (await db.Set<WijkagendaVersion>().AsNoTracking().Where(v => v.Wijk == wijk && v.Status == WijkagendaStatus.Gepubliceerd).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Versie).FirstOrDefault();
        return published?.Doelstellingen.FirstOrDefault(d => d.Thema == thema)?.Tekst;
    }
}
