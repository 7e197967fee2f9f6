using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Hosting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Steun;

/// <summary>The share links of a published initiatief, one per channel, and its QR code.</summary>
public sealed class ShareLinks(PublicAddress address, IOptions<SteunOptions> options) : IShareLinks
{
    public ShareLinkSet For(string shareCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shareCode);
        var code = Uri.EscapeDataString(shareCode);
        var o = options.Value;
        return new ShareLinkSet(
            o.TelegramBotUsername is { Length: > 0 } bot ? $"https://t.me/{Uri.EscapeDataString(bot.TrimStart('@'))}?start=steun_{code}" : null,
            WebChat(shareCode),
            o.TeamsBotAppId is { Length: > 0 } app
                ? $"https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(app)}&message={Uri.EscapeDataString("steun " + shareCode)}"
                : null,
            $"{address.BaseUrl}/steun/{code}/qr.svg");
    }

    /// <summary>The web chat page, which passes the code to the bot; also what the QR code holds.</summary>
    public string WebChat(string shareCode) => $"{address.BaseUrl}/?steun={Uri.EscapeDataString(shareCode)}";

    public byte[] QrPng(string shareCode) => QrCodes.Png(WebChat(shareCode));
}
