using BuurtBot.Storage;

namespace BuurtBot.Privacy;

/// <summary>
/// One "vergeet mij" in progress: the resident, the lines of the confirming turn that stay until the
/// goodbye is delivered, and the initiatieven whose scheduled messages must go with them.
/// </summary>
public sealed class ResidentErasure(BuurtBotDbContext db, ResidentKey resident, long keepTranscriptFrom, long keepOutboxFrom, DateTime now)
{
    public const string Placeholder = "gewist";

    public BuurtBotDbContext Db { get; } = db;

    public ResidentKey Resident { get; } = resident;

    public long KeepTranscriptFrom { get; } = keepTranscriptFrom;

    public long KeepOutboxFrom { get; } = keepOutboxFrom;

    public DateTime Now { get; } = now;

    /// <summary>Initiatieven removed, or left without anyone to ask: their check-in and evaluation triggers go.</summary>
    public HashSet<Guid> Unscheduled { get; } = [];

    /// <summary>One fresh id for their support and peiling answers: still counted, no longer theirs.</summary>
    public string AnonymousId { get; } = Placeholder + ":" + Guid.NewGuid().ToString("N");

    public int Removed { get; set; }

    public int Anonymised { get; set; }
}
