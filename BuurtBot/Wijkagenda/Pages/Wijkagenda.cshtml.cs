using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkagenda.Pages;

/// <summary>
/// What residents find important, per wijk: the themes with counts for everyone on staff (they
/// are open figures), and the sentences residents typed only for the coordinators of that wijk —
/// not for other wijken and not for a beheerder as such, because a sentence can say more about
/// its writer than a count does.
/// </summary>
public sealed class WijkagendaModel(BuurtBotDbContext db, WijkagendaSummary summary, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<WijkagendaWijk> Wijken { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sentences { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task OnGetAsync([FromQuery] int? year, CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        var thisYear = AmsterdamTime.ToLocal(time.GetUtcNow()).Year;
        Year = year is >= 2000 and <= 9999 ? year.Value : thisYear;
        Wijken = await summary.ForYearAsync(Year, cancellationToken);

        var mine = me.Wijken.ToList();
        var sentences = await db.Set<WijkagendaInput>().AsNoTracking()
            .Where(w => w.Year == Year && mine.Contains(w.Wijk) && w.Sentence != "")
            .OrderBy(w => w.AnsweredUtc)
            .Select(w => new { w.Wijk, w.Sentence })
            .ToListAsync(cancellationToken);
        Sentences = sentences.GroupBy(s => s.Wijk).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.Sentence)]);
    }
}
