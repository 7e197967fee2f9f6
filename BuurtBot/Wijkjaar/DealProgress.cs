using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// How far initiatieven got with their buurtdeals, as the plan, the year-end report and the wijk in cijfers
/// count it: only a closed deal counts (a proposal still being discussed is no deal yet), with its afspraken
/// done out of all.
/// </summary>
public sealed record DealProgress(int Buurtdeals, int AfsprakenGedaan, int Afspraken)
{
    public static DealProgress Of(IEnumerable<Initiatief> initiatieven)
    {
        var deals = initiatieven.Select(i => i.Deal).OfType<Buurtdeal>().Where(d => d.IsClosed).ToList();
        return new DealProgress(
            deals.Count,
            deals.Sum(d => d.Afspraken.Count(a => a.Status == AfspraakStatus.Gedaan)),
            deals.Sum(d => d.Afspraken.Count));
    }
}
