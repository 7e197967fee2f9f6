using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Scheduling;
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
            var plan = plans.GetValueOrDefault(deal.Id);
            var since = DateTime.SpecifyKind(deal.Since ?? deal.UpdatedAt, DateTimeKind.Utc);
            var every = plan?.CadenceOr(options.Value.CheckInEvery) ?? options.Value.CheckInEvery;
            var lastDue = deal.DueDates.Max();
            var evaluatie = lastDue is { } date
                ? AmsterdamTime.At(date, EvaluatieTimeOfDay)
                : new DateTimeOffset(since) + options.Value.DefaultDealDuration;
            var schedule = new MonitoringSchedule(
                since, CheckInCadence.FirstCheckIn(new DateTimeOffset(since), every, quiet).UtcDateTime, quiet.NextAllowed(evaluatie).UtcDateTime);

            if (plan is null)
            {
                plan = MonitoringPlan.Start(deal.Id, deal.DealId, deal.WijkName, schedule, now);
                db.Set<MonitoringPlan>().Add(plan);
            }
            else
            {
                plan.Reschedule(deal.DealId, deal.WijkName, schedule, now);
            }

            active.Add(plan);
        }

        await db.SaveChangesAsync(cancellationToken);
        return active;
    }
}
