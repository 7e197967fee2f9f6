using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Photos;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage;

/// <summary>
/// One database for everything, the coordinators' accounts included (ASP.NET Core Identity's
/// tables), so a backup of the one file is a backup of all. This type is the SQLite database and
/// owns the migrations in <c>Storage/Migrations</c>; <see cref="Postgres.PostgresBuurtBotDbContext"/>
/// is the same model on PostgreSQL with its own migrations (EF Core's one-context-type-per-provider pattern).
/// </summary>
public class BuurtBotDbContext : IdentityDbContext<CoordinatorAccount>, IDataProtectionKeyContext
{
    public BuurtBotDbContext(DbContextOptions<BuurtBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, whose migrations EF Core finds by that type.</summary>
    protected BuurtBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal AfterCommitQueue AfterCommitQueue { get; } = new();

    /// <summary>
    /// Runs <paramref name="work"/> once what this context wrote is visible to others: now, or after
    /// the commit of the transaction it is in (not at all if that transaction is rolled back).
    /// </summary>
    public void WhenCommitted(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Database.CurrentTransaction is { } transaction)
        {
            AfterCommitQueue.Add(transaction.TransactionId, work);
        }
        else
        {
            work();
        }
    }

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<InboxItem> Inbox => Set<InboxItem>();

    public DbSet<OutboxItem> Outbox => Set<OutboxItem>();

    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();

    public DbSet<Initiatief> Initiatieven => Set<Initiatief>();

    public DbSet<DealChangeRequest> DealChangeRequests => Set<DealChangeRequest>();

    public DbSet<InitiatiefSteun> Steun => Set<InitiatiefSteun>();

    /// <summary>The keys that sign web chat tokens and cookies, kept with the data so they survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ConversationNote> ConversationNotes => Set<ConversationNote>();

    public DbSet<CannedReply> CannedReplies => Set<CannedReply>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Photo> Photos => Set<Photo>();

    public DbSet<PhotoContent> PhotoContents => Set<PhotoContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own tables first; ours (all in Storage/Configurations) come from this assembly.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BuurtBotDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; we keep UTC DateTime and mark it UTC on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        // Statuses are stored as their names, so the database reads without a decoder ring.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
