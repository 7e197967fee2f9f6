namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// A peiling was asked to close before its closing time, or to send its result before it closed.
/// Residents were told until when they can answer; wait for that moment (the close job does).
/// </summary>
public sealed class PeilingStillOpenException : InvalidOperationException
{
    public PeilingStillOpenException(Guid peilingId, DateTime closesUtc)
        : base($"Peiling {peilingId} is open until {closesUtc:O}; it closes, and its result can be sent, only from then on.")
    {
        PeilingId = peilingId;
        ClosesUtc = closesUtc;
    }

    public Guid PeilingId { get; }

    public DateTime ClosesUtc { get; }
}
