using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuurtBot.Hosting;

/// <summary>
/// Ready means the database takes a write now: this instance's <see cref="HealthProbe"/> row is
/// updated on every check, and no write may have failed for want of room since the last one that
/// needed room succeeded (<see cref="StorageHealth"/>). A read alone kept saying 200 while a full disk failed every message, so a
/// load balancer kept sending traffic; now it takes the instance out, and back in as soon as the
/// disk has room again, without a restart.
/// </summary>
internal sealed class DatabaseHealthCheck(BuurtBotDbContext db, StorageHealth health, TimeProvider time) : IHealthCheck
{
    private static readonly string Instance = Environment.MachineName.Length <= 100 ? Environment.MachineName : Environment.MachineName[..100];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var probes = db.Set<HealthProbe>();
            if (await probes.Where(p => p.Instance == Instance).ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckedUtc, now), cancellationToken) == 0)
            {
                probes.Add(new HealthProbe { Instance = Instance, CheckedUtc = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (!StorageFaults.IsResourceFault(ex))
                {
                    // Another instance on this machine added the row first: the database took a write all the same.
                }
            }

            if (db.Database.IsNpgsql())
            {
                // PostgreSQL writes its own WAL for every commit: the probe needed room, and got it.
                health.Recovered();
            }

            return health.Fault is { } fault
                ? HealthCheckResult.Unhealthy($"The database refused a write for want of room or rights ({fault}); waiting for a write that needs room to succeed.")
                : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (StorageFaults.IsResourceFault(ex))
            {
                health.Faulted(ex);
            }

            return HealthCheckResult.Unhealthy(
                StorageFaults.IsResourceFault(ex) ? "The database cannot take writes (disk full, read-only or unreachable)." : "The database does not answer.", ex);
        }
    }
}
