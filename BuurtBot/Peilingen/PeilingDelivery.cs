namespace BuurtBot.Peilingen;

/// <summary>
/// That a peiling was sent to a resident: so nothing is sent twice, only residents who got it can
/// answer, and a channel's own poll (Telegram's poll_id) leads back to the peiling and resident.
/// </summary>
public sealed class PeilingDelivery
{
    public Guid PeilingId { get; set; }

    public required string ResidentId { get; set; }

    public DateTime SentUtc { get; set; }

    /// <summary>The channel's id of the native poll it became, once the channel sent it (Telegram).</summary>
    public string? ChannelPollId { get; set; }
}
