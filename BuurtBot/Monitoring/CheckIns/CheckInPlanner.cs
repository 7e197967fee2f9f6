using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Scheduling;
using BuurtBot.Scheduling.CheckIns;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>
/// Brings the monitoring plans in line with the deals: every initiatief in uitvoering gets a plan
/// (first check-in, cadence, evaluation date); plans of deals that moved on stay as history.
/// Returns the plans of the deals in uitvoering.
/// </summary>
public sealed class CheckInPlanner(BuurtBotDbContext db, QuietHours quiet, IOptions<SchedulingOptions> options, TimeProvider time)
{
    /// <summary>The evaluation is asked for at this wall-clock time on the deal's end date.</summary>
    private static readonly TimeSpan EvaluatieTimeOfDay = new(10, 0, 0);

    public async Task<IReadOnlyList<MonitoringPlan>> PlanAsync(CancellationToken cancellationToken)
    {
        // A projection, not the aggregates: planning 10,000 deals should not load 10,000 timelines.
        var deals = await db.Initiatieven.AsNoTracking()
            .Where(i => i.Status == InitiatiefStatus.InUitvoering && i.Deal != null)
            .Select(i => new
            {
                i.Id,
                DealId = i.Deal!.Id,
                i.WijkName,
                i.UpdatedAt,
                Since = i.Timeline.Where(t => t.To == InitiatiefStatus.InUitvoering).Max(t => (DateTime?)t.At),
                DueDates = i.Deal.Afspraken.Where(a => a.DueDate != null).Select(a => a.DueDate).ToList(),
            })
            .ToListAsync(cancellationToken);
        var plans = await db.Set<MonitoringPlan>().ToDictionaryAsync(p => p.InitiatiefId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var active = new List<MonitoringPlan>(deals.Count);
        foreach (var deal in deals)
        {
            if (!plans.TryGetValue(deal.Id, out var plan))
            {
                plan = new MonitoringPlan { InitiatiefId = deal.Id, WijkName = deal.WijkName };
                db.Set<MonitoringPlan>().Add(plan);
            }

            var since = DateTime.SpecifyKind(deal.Since ?? deal.UpdatedAt, DateTimeKind.Utc);
            var every = CheckInService.CadenceOf(plan, options.Value);
            var lastDue = deal.DueDates.Max();
            var evaluatie = lastDue is { } date
                ? AmsterdamTime.At(date, EvaluatieTimeOfDay)
                : new DateTimeOffset(since) + options.Value.DefaultDealDuration;

            plan.DealId = deal.DealId;
            plan.WijkName = deal.WijkName;
            plan.UitvoeringSinceUtc = since;
            plan.FirstCheckInUtc = CheckInCadence.FirstCheckIn(new DateTimeOffset(since), every, quiet).UtcDateTime;
            plan.EvaluatieDueUtc = quiet.NextAllowed(evaluatie).UtcDateTime;
            if (db.Entry(plan).State != EntityState.Unchanged)
            {
                plan.UpdatedUtc = now;
            }

            active.Add(plan);
        }

        await db.SaveChangesAsync(cancellationToken);
        return active;
    }

    /// <summary>What a plan's triggers are built from; when it changes, they are built again.</summary>
    public static string SignatureOf(MonitoringPlan plan, TimeSpan every) =>
        $"{plan.FirstCheckInUtc:O}|{every.TotalSeconds}|{plan.EvaluatieDueUtc:O}";
}
