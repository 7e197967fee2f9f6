using Quartz;

namespace BuurtBot.Peilingen;

/// <summary>
/// The per-peiling triggers, with deterministic keys so scheduling twice replaces instead of
/// doubling: one to send it (at its opening time) and one to close it (at its closing time).
/// One-shot triggers at a UTC instant; a misfire (the bot was down) fires once at start.
/// </summary>
public static class PeilingTriggers
{
    public const string Group = "peilingen";
    public const string PeilingIdKey = "peilingId";

    public static TriggerKey SendKey(Guid peilingId) => new($"send-{peilingId:N}", Group);

    public static TriggerKey CloseKey(Guid peilingId) => new($"close-{peilingId:N}", Group);

    public static ITrigger Send(Guid peilingId, DateTimeOffset at) => OneShot(SendKey(peilingId), PeilingSendJob.Key, peilingId, at);

    public static ITrigger Close(Guid peilingId, DateTimeOffset at) => OneShot(CloseKey(peilingId), PeilingCloseJob.Key, peilingId, at);

    public static Guid? Read(JobDataMap data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.TryGetString(PeilingIdKey, out var text) && Guid.TryParse(text, out var id) ? id : null;
    }

    private static ITrigger OneShot(TriggerKey key, JobKey job, Guid peilingId, DateTimeOffset at) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .UsingJobData(PeilingIdKey, peilingId.ToString("D"))
            .StartAt(at)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}
