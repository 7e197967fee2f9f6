namespace BuurtBot.Storage;

/// <summary>Which database the app uses (section <c>Storage</c>); the connection string is <c>ConnectionStrings:BuurtBot</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// PostgreSQL only: how often an instance looks for inbox rows and replies that no signal told it
    /// about (stored by another instance, or left by one that stopped). SQLite runs one instance and needs no sweep.
    /// </summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// SQLite only: how often the WAL is copied back into the database in the background. Without it,
    /// the connection whose commit crosses the WAL's size limit does that work, fsyncs included, and
    /// under steady traffic (readers always active, so the WAL cannot restart) that became most commits.
    /// </summary>
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a start waits for another live process's migrations before it gives up with a message
    /// naming the holder. A lock left by a dead process is not waited for at all (see DatabaseMigrator).
    /// </summary>
    public TimeSpan MigrationLockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// SQLite only: what an acknowledged message survives. <c>power-loss</c> (the default): a commit returns
    /// only after the WAL is synced to disk, by a sync that commits finishing together share
    /// (<see cref="SqliteGroupCommit"/>); <c>process-crash</c>: synced at checkpoints only, so a killed process
    /// loses nothing but a power cut may lose the last commits. Both run <c>synchronous = NORMAL</c>.
    /// The cost of each is measured in bench/RESULTS-load.md.
    /// </summary>
    public string Durability { get; set; } = PowerLoss;

    public const string PowerLoss = "power-loss";

    public const string ProcessCrash = "process-crash";
}
