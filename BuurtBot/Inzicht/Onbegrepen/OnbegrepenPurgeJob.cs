using Quartz;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>Every hour: misunderstood answers older than 30 days deleted (<see cref="OnbegrepenPurge"/>).</summary>
[DisallowConcurrentExecution]
public sealed class OnbegrepenPurgeJob(OnbegrepenPurge purge) : IJob
{
    public static readonly JobKey Key = new("onbegrepen-purge", "inzicht");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await purge.RunAsync(cancellationToken);
}
