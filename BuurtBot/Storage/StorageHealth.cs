namespace BuurtBot.Storage;

/// <summary>
/// Whether the database has lately refused writes for want of room (or rights), as this instance saw
/// it: set by whoever meets such a fault (a request, a turn, the WAL checkpointer), cleared by a write
/// that needs room succeeding (SQLite: the background checkpoint, which must grow the file to copy the
/// WAL into it; PostgreSQL: the readiness probe). A small write can still fit in a WAL that is already
/// allocated while the disk is full, so a successful probe alone does not prove the disk has room.
/// </summary>
public sealed class StorageHealth
{
    private volatile string? _fault;

    public bool IsFaulted => _fault is not null;

    public string? Fault => _fault;

    public void Faulted(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _fault = error.GetBaseException().Message;
    }

    public void Recovered() => _fault = null;
}
