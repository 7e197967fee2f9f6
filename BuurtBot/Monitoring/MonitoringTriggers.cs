using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Monitoring.Evaluations;
using BuurtBot.Scheduling;
using Quartz;

namespace BuurtBot.Monitoring;

/// <summary>
/// The per-deal triggers, with keys made from the initiatief's id so the same deal always has the
/// same trigger (a restart or a second planner run replaces, never adds). Every trigger is in
/// Europe/Amsterdam and says what to do after an outage: fire once now, then go on.
/// </summary>
public static class MonitoringTriggers
{
    public const string CheckInGroup = "checkins";
    public const string DeferredGroup = "deferred";
    public const string EvaluatieGroup = "evaluaties";
    public const string InitiatiefIdKey = "initiatiefId";
    public const string DueKey = "due";
    public const string CoordinatorIdKey = "coordinatorId";

    /// <summary>A string from a job data map (all our job data are strings), or null.</summary>
    public static string? Read(JobDataMap data, string key)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.TryGetValue(key, out var value) ? value?.ToString() : null;
    }

    public static TriggerKey CheckInKey(Guid initiatiefId) => new($"checkin-{initiatiefId:N}", CheckInGroup);

    public static TriggerKey EvaluatieKey(Guid initiatiefId) => new($"evaluatie-{initiatiefId:N}", EvaluatieGroup);

    /// <summary>Every cadence from the first check-in, keeping its wall-clock time over daylight-saving changes.</summary>
    public static ITrigger CheckIn(MonitoringPlan plan, TimeSpan every, TimeSpan misfireThreshold)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var wholeDays = every.Ticks % TimeSpan.TicksPerDay == 0;
        return TriggerBuilder.Create()
            .WithIdentity(CheckInKey(plan.InitiatiefId))
            .ForJob(CheckInJob.Key)
            .UsingJobData(InitiatiefIdKey, plan.InitiatiefId.ToString("D"))
            .StartAt(new DateTimeOffset(plan.FirstCheckInUtc))
            .WithMisfireThreshold(misfireThreshold)
            .WithCalendarIntervalSchedule(schedule => schedule
                .WithInterval(wholeDays ? (int)every.TotalDays : (int)every.TotalSeconds, wholeDays ? IntervalUnit.Day : IntervalUnit.Second)
                .InTimeZone(AmsterdamTime.Zone)
                .PreserveHourOfDayAcrossDaylightSavings(true)
                .WithMisfireInstruction(CalendarIntervalTriggerMisfireInstruction.FireAndProceed))
            .Build();
    }

    /// <summary>A check-in that fell in quiet hours, once at the next allowed moment, for the round it was due for.</summary>
    public static ITrigger DeferredCheckIn(Guid initiatiefId, DateTimeOffset due, DateTimeOffset at, TimeSpan misfireThreshold) =>
        Once(new TriggerKey($"checkin-{initiatiefId:N}-{due.UtcTicks}", DeferredGroup), CheckInJob.Key, at, misfireThreshold, initiatiefId)
            .UsingJobData(DueKey, due.ToString("O"))
            .Build();

    public static ITrigger Evaluatie(Guid initiatiefId, DateTimeOffset at, TimeSpan misfireThreshold, string? coordinatorId = null)
    {
        var builder = Once(EvaluatieKey(initiatiefId), EvaluatieJob.Key, at, misfireThreshold, initiatiefId);
        return (coordinatorId is null ? builder : builder.UsingJobData(CoordinatorIdKey, coordinatorId)).Build();
    }

    public static ITrigger DeferredEvaluatie(Guid initiatiefId, DateTimeOffset at, TimeSpan misfireThreshold, string? coordinatorId)
    {
        var builder = Once(new TriggerKey($"evaluatie-{initiatiefId:N}", DeferredGroup), EvaluatieJob.Key, at, misfireThreshold, initiatiefId);
        return (coordinatorId is null ? builder : builder.UsingJobData(CoordinatorIdKey, coordinatorId)).Build();
    }

    private static TriggerBuilder<IJob> Once(TriggerKey key, JobKey job, DateTimeOffset at, TimeSpan misfireThreshold, Guid initiatiefId) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .UsingJobData(InitiatiefIdKey, initiatiefId.ToString("D"))
            .StartAt(at)
            .WithMisfireThreshold(misfireThreshold)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow));
}
