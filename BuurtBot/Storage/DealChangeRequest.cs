namespace BuurtBot.Storage;

/// <summary>What a resident asked to change in a proposed buurtdeal, for the coordinator to read and handle.</summary>
public sealed class DealChangeRequest
{
    public long Id { get; set; }

    public Guid InitiatiefId { get; set; }

    public required string ResidentId { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? HandledUtc { get; set; }
}
