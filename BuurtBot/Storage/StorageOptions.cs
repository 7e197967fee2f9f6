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
}
