namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>One link per channel; null where that channel has no link (not configured, or no way to carry the code).</summary>
public sealed record ShareLinkSet(string? Telegram, string WebChat, string? Teams, string QrCode);
