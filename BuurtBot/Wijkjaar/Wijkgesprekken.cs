using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// What residents said in the wijkgesprek of a wijk and year, grouped per question and thema. The
/// counts are the wijk's own and public (a count below <see cref="PublicMinimum"/> residents is shown as
/// "minder dan 5", so nobody is recognisable); the sentences are read only by the wijk's coordinators
/// and the beheerders — the page checks that, this class only reads them when asked to.
/// </summary>
public sealed class Wijkgesprekken(BuurtBotDbContext db)
{
    public const int PublicMinimum = 5;

    public async Task<WijkgesprekOverzicht> ForAsync(string wijk, int year, bool withTexts, CancellationToken cancellationToken)
    {
        var rows = await db.Set<WijkgesprekAntwoord>().AsNoTracking()
            .Where(a => a.Wijk == wijk && a.Year == year)
            .Select(a => new { a.ResidentId, a.Vraag, a.Thema, a.Text, a.AnsweredUtc })
            .ToListAsync(cancellationToken);
        var vragen = Enum.GetValues<WijkgesprekVraag>().Select(vraag =>
        {
            var mine = rows.Where(r => r.Vraag == vraag).ToList();
            var themas = mine.Where(r => r.Thema is not null)
                .GroupBy(r => r.Thema!.Value)
                .Select(g => new WijkgesprekThema(g.Key, g.Select(r => r.ResidentId).Distinct().Count()))
                .OrderByDescending(t => t.Residents).ThenBy(t => t.Thema)
                .ToList();
            IReadOnlyList<WijkgesprekTekst> texts = withTexts
                ? [.. mine.Where(r => r.Text is not null).OrderBy(r => r.Thema is null).ThenBy(r => r.Thema).ThenBy(r => r.AnsweredUtc)
                    .Select(r => new WijkgesprekTekst(r.Thema, r.Text!))]
                : [];
            return new WijkgesprekVraagOverzicht(vraag, mine.Select(r => r.ResidentId).Distinct().Count(), themas, texts);
        }).ToList();
        return new WijkgesprekOverzicht(wijk, year, rows.Select(r => r.ResidentId).Distinct().Count(), vragen);
    }

    /// <summary>A count as the public may read it: the number from <see cref="PublicMinimum"/> on, else "minder dan 5".</summary>
    public static string PublicCount(int residents) => residents >= PublicMinimum ? residents.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"minder dan {PublicMinimum}";
}

/// <summary>The wijkgesprek of a wijk and year: how many residents took part, and per question the themes and (for the wijk's coordinators) the texts.</summary>
public sealed record WijkgesprekOverzicht(string Wijk, int Year, int Residents, IReadOnlyList<WijkgesprekVraagOverzicht> Vragen);

public sealed record WijkgesprekVraagOverzicht(WijkgesprekVraag Vraag, int Residents, IReadOnlyList<WijkgesprekThema> Themas, IReadOnlyList<WijkgesprekTekst> Texts)
{
    /// <summary>"Wat is goed hier?"</summary>
    public string Title => Vraag switch
    {
        WijkgesprekVraag.Goed => "Wat is goed hier?",
        WijkgesprekVraag.Anders => "Wat moet anders?",
        _ => "Wat zou je zelf doen?",
    };
}

/// <summary>How many residents named a thema in answer to one question.</summary>
public sealed record WijkgesprekThema(Thema Thema, int Residents);

/// <summary>A resident's sentence, with the thema it came with (if any); no name, no id.</summary>
public sealed record WijkgesprekTekst(Thema? Thema, string Text);
