namespace BuurtBot.Storage;

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Given up on: the resident is unreachable or the channel refused the message for good.</summary>
    Failed,
}
