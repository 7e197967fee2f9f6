namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// That a peiling was sent to a resident: so nothing is sent twice, only residents who got it can
/// answer, and a channel's own poll (Telegram's poll_id) leads back to the peiling and resident.
/// Made by <see cref="Peiling.DeliverTo"/>, only while the peiling is open.
/// </summary>
public sealed class PeilingDelivery
{
    internal PeilingDelivery(Guid peilingId, string residentId, DateTime sentUtc)
    {
        PeilingId = peilingId;
        ResidentId = residentId;
        SentUtc = sentUtc;
    }

    // For EF Core materialisation.
    private PeilingDelivery()
    {
        ResidentId = string.Empty;
    }

    public Guid PeilingId { get; private set; }

    public string ResidentId { get; private set; }

    public DateTime SentUtc { get; private set; }

    /// <summary>
    /// The channel's id of the native poll it became, once the channel sent it (Telegram). Set in
    /// the database directly when the channel reports it, without loading the delivery.
    /// </summary>
    public string? ChannelPollId { get; private set; }
}
