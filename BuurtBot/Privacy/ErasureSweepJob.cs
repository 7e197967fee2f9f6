using Quartz;

namespace BuurtBot.Privacy;

/// <summary>Every minute: erasures whose goodbye is delivered are finished (<see cref="ErasureSweeper"/>).</summary>
[DisallowConcurrentExecution]
public sealed class ErasureSweepJob(ErasureSweeper sweeper) : IJob
{
    public static readonly JobKey Key = new("erasure-sweep", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sweeper.SweepAsync(cancellationToken);
}
