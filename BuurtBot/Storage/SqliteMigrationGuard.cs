using Microsoft.Data.Sqlite;

namespace BuurtBot.Storage;

/// <summary>
/// Who may migrate a SQLite file right now: an exclusive lock on <c>&lt;file&gt;-migrate.lock</c> beside
/// it, held while migrations run. EF Core's own migration lock is a row in <c>__EFMigrationsLock</c>,
/// which a process killed half-way leaves behind, and every later start then waits on it forever.
/// The operating system drops a file lock the moment its process ends, however it ends, so whoever
/// holds this lock knows that any row still in <c>__EFMigrationsLock</c> belongs to a dead process
/// and may be removed. Processes that start together still migrate one after the other.
/// </summary>
internal sealed class SqliteMigrationGuard : IDisposable
{
    public const string Suffix = "-migrate.lock";

    private readonly FileStream _lock;

    private SqliteMigrationGuard(FileStream held, string path)
    {
        _lock = held;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Takes the lock, waiting at most <paramref name="timeout"/> for another live process to finish its
    /// migrations; null for an in-memory database, which no other process can see.
    /// </summary>
    public static async Task<SqliteMigrationGuard?> AcquireAsync(string connectionString, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is not { Length: > 0 } source || source == ":memory:"
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = System.IO.Path.GetFullPath(source) + Suffix;
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                // On Linux and macOS .NET turns FileShare.None into flock(LOCK_EX | LOCK_NB), on Windows a
                // share mode: either way a second process (or a second open here) is refused at once.
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return new SqliteMigrationGuard(held, path);
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new TimeoutException(
                    $"Another BuurtBot process has been migrating this database for more than {timeout.TotalSeconds:0} s (it holds {path}). " +
                    "Wait for it to finish, or stop it; raise Storage:MigrationLockTimeout if its migrations really take this long.", ex);
            }
        }
    }

    public void Dispose() => _lock.Dispose();
}
