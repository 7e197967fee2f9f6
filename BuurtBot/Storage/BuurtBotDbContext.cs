using BuurtBot.Dialogs.Domain.Initiatieven;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage;

public sealed class BuurtBotDbContext(DbContextOptions<BuurtBotDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<InboxItem> Inbox => Set<InboxItem>();

    public DbSet<OutboxItem> Outbox => Set<OutboxItem>();

    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();

    public DbSet<Initiatief> Initiatieven => Set<Initiatief>();

    public DbSet<DealChangeRequest> DealChangeRequests => Set<DealChangeRequest>();

    /// <summary>The keys that sign web chat tokens and cookies, kept with the data so they survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BuurtBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; we keep UTC DateTime and mark it UTC on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        // Statuses are stored as their names, so the database reads without a decoder ring.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
