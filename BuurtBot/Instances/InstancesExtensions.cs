using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace BuurtBot.Instances;

public static class InstancesExtensions
{
    /// <summary>
    /// Several BuurtBot instances on one PostgreSQL database: conversations claimed with advisory locks,
    /// a sweep for inbox rows other instances stored, and LISTEN/NOTIFY so live pages and turn processing
    /// hear about changes made elsewhere. On SQLite (one instance) all of it stays idle.
    /// Call after AddStorage and AddTurns.
    /// </summary>
    public static IHostApplicationBuilder AddInstances(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InstanceIdentity>();

        // Separate from EF Core's pool: claim and LISTEN connections live as long as their work.
        builder.Services.TryAddSingleton(services => NpgsqlDataSource.Create(
            StorageExtensions.PostgresConnectionString(services.GetRequiredService<IConfiguration>())));
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationClaims>(services =>
            StorageExtensions.ProviderOf(services) == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<AdvisoryLockClaims>(services)
                : InProcessClaims.Instance));
        builder.Services.AddHostedService<InboxSweep>();
        builder.Services.AddHostedService<PostgresChangeRelay>();
        return builder;
    }
}
