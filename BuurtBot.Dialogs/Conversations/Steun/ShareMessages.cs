using System.Text;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The initiatiefnemer's share links in one message, with the QR code as an image where the channel can show one.</summary>
internal static class ShareMessages
{
    public static Task SendAsync(TurnContext turn, IShareLinks shareLinks, string title, string shareCode, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        var links = shareLinks.For(shareCode);
        var text = new StringBuilder(SteunText.Get("Published", locale, title)).Append('\n');
        if (links.Telegram is { } telegram)
        {
            text.Append('\n').Append(SteunText.Get("LinkTelegram", locale, telegram));
        }

        text.Append('\n').Append(SteunText.Get("LinkWebChat", locale, links.WebChat));
        if (links.Teams is { } teams)
        {
            text.Append('\n').Append(SteunText.Get("LinkTeams", locale, teams));
        }

        text.Append('\n').Append(SteunText.Get("LinkQr", locale, links.QrCode));
        return turn.SendAsync(new OutboundMessage
        {
            Text = text.ToString(),
            Attachment = turn.Capabilities.SupportsAttachments
                ? new OutboundAttachment(SteunText.Get("QrAttachmentName", locale), "image/png", shareLinks.QrPng(shareCode))
                : null,
        }, cancellationToken);
    }
}
