namespace BuurtBot.Conversations;

public sealed class ConversationsOptions
{
    public const string Section = "Areas";

    /// <summary>
    /// A municipality's own area file (wijken and buurten, JSON); empty uses the embedded Hilversum file.
    /// </summary>
    public string? File { get; set; }
}
