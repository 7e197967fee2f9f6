namespace BuurtBot.Dialogs.Conversations.Services;

/// <summary>The host knows its addresses and bot names; the conversations only hand the links on.</summary>
public interface IShareLinks
{
    ShareLinkSet For(string shareCode);

    /// <summary>The QR code of the web chat link, as a PNG for channels that can show an image.</summary>
    byte[] QrPng(string shareCode);
}

/// <summary>One link per channel; null where that channel has no link (not configured, or no way to carry the code).</summary>
public sealed record ShareLinkSet(string? Telegram, string WebChat, string? Teams, string QrCode);
