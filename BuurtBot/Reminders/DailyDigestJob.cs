using Quartz;

namespace BuurtBot.Reminders;

/// <summary>Every morning: the digest of stale initiatieven and long-waiting chats for each wijk's coordinators.</summary>
[DisallowConcurrentExecution]
public sealed class DailyDigestJob(DigestService digest) : IJob
{
    public static readonly JobKey Key = new("daily-digest", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await digest.RunAsync(cancellationToken);
}
