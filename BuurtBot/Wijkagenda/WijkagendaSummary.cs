using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkagenda;

/// <summary>
/// The wijkagenda as open figures: per wijk and year, how many residents answered and how many
/// named each thema, ranked. No sentences and no ids, so it is safe for open data and the
/// buurtmonitor as it is.
/// </summary>
public sealed class WijkagendaSummary(BuurtBotDbContext db)
{
    /// <summary>Every wijk with answers in <paramref name="year"/>, by name.</summary>
    public async Task<IReadOnlyList<WijkagendaWijk>> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var rows = await db.Set<WijkagendaInput>().AsNoTracking()
            .Where(w => w.Year == year)
            .Select(w => new { w.Wijk, w.Themas })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Wijk).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Summarise(g.Key, year, g.Select(r => r.Themas).ToList()))];
    }

    /// <summary>Every year with answers, oldest first, each wijk by name: the whole history for open data.</summary>
    public async Task<IReadOnlyList<WijkagendaWijk>> AllYearsAsync(CancellationToken cancellationToken)
    {
        var years = await db.Set<WijkagendaInput>().AsNoTracking().Select(w => w.Year).Distinct().ToListAsync(cancellationToken);
        var all = new List<WijkagendaWijk>();
        foreach (var year in years.Order())
        {
            all.AddRange(await ForYearAsync(year, cancellationToken));
        }

        return all;
    }

    /// <summary>One wijk's agenda in <paramref name="year"/>; null when nobody in it answered.</summary>
    public async Task<WijkagendaWijk?> ForWijkAsync(string wijk, int year, CancellationToken cancellationToken)
    {
        var themas = await db.Set<WijkagendaInput>().AsNoTracking()
            .Where(w => w.Year == year && w.Wijk == wijk)
            .Select(w => w.Themas)
            .ToListAsync(cancellationToken);
        return themas.Count == 0 ? null : Summarise(wijk, year, themas);
    }

    /// <summary>Themes by how many residents named them; equal counts share a rank ("1, 1, 3").</summary>
    private static WijkagendaWijk Summarise(string wijk, int year, IReadOnlyList<string> answers)
    {
        var counts = answers
            .SelectMany(a => WijkagendaInput.ParseThemas(a).Distinct())
            .GroupBy(t => t)
            .Select(g => (Thema: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Thema)
            .ToList();
        var ranked = counts.Select(t => new WijkagendaThema(t.Thema, 1 + counts.Count(other => other.Count > t.Count), t.Count)).ToList();
        return new WijkagendaWijk(wijk, year, answers.Count, ranked);
    }
}
