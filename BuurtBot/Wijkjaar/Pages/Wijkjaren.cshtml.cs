using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Wijkjaar.Pages;

/// <summary>
/// Where every wijk stands in its year: the phases with their periods, which opened and when. Phases
/// and dates are no personal data, so every coordinator sees every wijk (they plan together).
/// </summary>
public sealed class WijkjarenModel(BuurtBotDbContext db, AreaCatalog areas, IOptions<WijkjaarOptions> options, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public WijkjaarRitme Ritme { get; private set; } = WijkjaarRitme.Default;

    /// <summary>The phase whose period holds today (null between periods or in another year).</summary>
    public WijkjaarFase? Now { get; private set; }

    public IReadOnlyList<(string Wijk, WijkjaarEntity? Jaar)> Wijken { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? year, CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.DateOf(time.GetUtcNow());
        Year = year is >= 2000 and <= 9999 ? year.Value : today.Year;
        Ritme = options.Value.Ritme();
        Now = Year == today.Year ? Ritme.FaseOn(today) : null;
        var jaren = await db.Set<WijkjaarEntity>().AsNoTracking().Where(j => j.Year == Year).ToListAsync(cancellationToken);
        Wijken = [.. areas.Wijken.Select(w => (w.Name, jaren.FirstOrDefault(j => j.Wijk == w.Name)))];
    }
}
