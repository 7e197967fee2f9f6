using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// What the resident hears when their message could not be handled, even after retries: sorry, a
/// coordinator has been told, and a button (or the word "mens") to talk to a person. Dutch at B1
/// level, English second, by the conversation's locale; a small class as HandoffTexts is: one message.
/// </summary>
public static class FailedTurnTexts
{
    public static OutboundMessage Apology(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        ? new OutboundMessage
        {
            Text = "Sorry, something went wrong with your last message. A neighbourhood coordinator has been told. " +
                "Would you like to talk to a person? Tap the button or type 'mens'. You can also send your message again.",
            Choices = [new ReplyChoice("Talk to a neighbourhood coordinator", GlobalCommandRecognizer.HumanValue)],
        }
        : new OutboundMessage
        {
            Text = "Sorry, er ging iets mis met je laatste bericht. Een buurtcoördinator weet het nu. " +
                "Wil je met iemand praten? Tik op de knop of typ 'mens'. Je kunt je bericht ook nog een keer sturen.",
            Choices = [new ReplyChoice("Praat met een buurtcoördinator", GlobalCommandRecognizer.HumanValue)],
        };
}
