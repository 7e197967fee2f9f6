namespace BuurtBot.Admin.Handoff;

public enum HandoffKind
{
    /// <summary>The resident asked and waited in the queue.</summary>
    Queued,

    /// <summary>A coordinator took the chat from the bot without the resident asking.</summary>
    Direct,
}
