using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Turns a neutral reply into the activity Teams shows. Choices become suggested actions in a
/// personal chat when they are few (Teams shows at most 3 there, and only in 1:1 chats), and a
/// hero card with messageBack buttons otherwise, at most 6 buttons a card. Whichever it is, what the
/// chat shows for a tap is the button's title, never the choice's value.
/// </summary>
public static class TeamsReplyRenderer
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";
    public const int MaxSuggestedActions = 3;
    public const int MaxButtonsPerCard = 6;

    public static TeamsActivity Render(OutboundMessage message, TeamsConversationReference reference, string? replyToId, string locale)
    {
        var activity = new TeamsActivity
        {
            Type = message.Kind == OutboundKind.Typing ? "typing" : "message",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            From = reference.BotId is null ? null : new TeamsAccount(reference.BotId),
            Recipient = reference.UserId is null ? null : new TeamsAccount(reference.UserId),
            Conversation = new TeamsConversationAccount(reference.ConversationId, TenantId: reference.TenantId),
            ReplyToId = replyToId,
            Locale = string.IsNullOrEmpty(locale) ? "nl-NL" : locale,
            InputHint = message.InputHint == InputHint.ExpectingInput ? "expectingInput" : "acceptingInput",
        };
        if (message.Kind == OutboundKind.Typing)
        {
            return activity;
        }

        if (message.Poll is not null)
        {
            // A peiling: always a hero card, whose messageBack buttons keep working after the chat moved on
            // (suggested actions vanish) and send the option's value while the chat shows its title.
            var buttons = message.Choices.Select(c => new TeamsCardAction("messageBack", c.Title, c.Value, c.Title, c.Title)).ToList();
            var card = new TeamsAttachment(HeroCardContentType, JsonSerializer.SerializeToElement(new TeamsHeroCard(message.Text, buttons), MessageJson.Options));
            return activity with { Attachments = [card], AttachmentLayout = "list" };
        }

        if (message.Choices.Count == 0)
        {
            return activity with { Text = message.Text, TextFormat = "plain" };
        }

        if (reference.IsPersonal && message.Choices.Count <= MaxSuggestedActions)
        {
            // Teams' suggested actions are imBack only, and an imBack puts its value in the chat as the
            // resident's message: the value is the title, which the choice recognisers know.
            var suggested = message.Choices.Select(c => new TeamsCardAction("imBack", c.Title, c.Title)).ToList();
            return activity with
            {
                Text = message.Text,
                TextFormat = "plain",
                SuggestedActions = new TeamsSuggestedActions(reference.UserId is null ? null : [reference.UserId], suggested),
            };
        }

        // On a card, messageBack: the chat shows the title (displayText), the bot gets the choice's value.
        var actions = message.Choices.Select(c => new TeamsCardAction("messageBack", c.Title, c.Value, c.Title, c.Title)).ToList();

        // The SDK's ChoiceFactory puts the text in the card; later cards carry only the rest of the buttons.
        var cards = actions.Chunk(MaxButtonsPerCard)
            .Select((buttons, i) => new TeamsAttachment(
                HeroCardContentType,
                JsonSerializer.SerializeToElement(new TeamsHeroCard(i == 0 ? message.Text : null, buttons), MessageJson.Options)))
            .ToList();
        return activity with { Attachments = cards, AttachmentLayout = "list" };
    }
}
