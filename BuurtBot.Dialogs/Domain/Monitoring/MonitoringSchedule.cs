namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>The dates of a <see cref="MonitoringPlan"/>, as the host's planner works them out (quiet hours, the deal's end date). UTC.</summary>
public sealed record MonitoringSchedule(DateTime UitvoeringSinceUtc, DateTime FirstCheckInUtc, DateTime EvaluatieDueUtc);
