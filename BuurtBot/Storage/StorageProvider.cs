namespace BuurtBot.Storage;

public enum StorageProvider
{
    /// <summary>One file next to the app; one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server; several instances may share it.</summary>
    Postgres,
}
