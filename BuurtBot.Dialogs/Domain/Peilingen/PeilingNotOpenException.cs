namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// A peiling was asked to take, change or withdraw an answer, or to be sent, outside the time it is
/// open: before its opening time, after its closing time, or once closed. Tell the resident it is closed.
/// </summary>
public sealed class PeilingNotOpenException : InvalidOperationException
{
    public PeilingNotOpenException(Guid peilingId, DateTime at, DateTime opensUtc, DateTime closesUtc)
        : base($"Peiling {peilingId} is not open at {at:O}: it is open from {opensUtc:O} until {closesUtc:O} (or less, when closed). Check AcceptsAnswersAt, or IsOpenAt before sending, first.")
    {
        PeilingId = peilingId;
        At = at;
    }

    public Guid PeilingId { get; }

    public DateTime At { get; }
}
