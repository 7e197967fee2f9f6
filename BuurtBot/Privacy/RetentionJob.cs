using Quartz;

namespace BuurtBot.Privacy;

/// <summary>Every night: the retention periods of <see cref="PrivacyOptions"/> enforced.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionService retention) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await retention.RunAsync(cancellationToken);
}
