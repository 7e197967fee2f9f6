using System.Text;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht.Pages;

/// <summary>Beheerders only: the proposals as the file the understanding corpus test takes in (<see cref="VoorstellenTsv"/>).</summary>
public sealed class VoorstellenModel(BuurtBotDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var voorstellen = await db.Set<AntwoordVoorstel>().AsNoTracking().OrderBy(v => v.ProposedUtc).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var name = $"voorstellen-{time.GetUtcNow():yyyy-MM-dd}.tsv";
        return File(Encoding.UTF8.GetBytes(VoorstellenTsv.Write(voorstellen)), "text/tab-separated-values; charset=utf-8", name);
    }
}
