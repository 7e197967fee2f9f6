namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The host knows its addresses and bot names; the conversations only hand the links on.</summary>
public interface IShareLinks
{
    ShareLinkSet For(string shareCode);

    /// <summary>The QR code of the web chat link, as a PNG for channels that can show an image.</summary>
    byte[] QrPng(string shareCode);
}
