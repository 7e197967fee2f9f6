using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using Model = BuurtBot.Dialogs.Domain.Initiatieven.Initiatief;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks for the initiatief's title: some words, at most <see cref="Model.MaxTitleLength"/> characters.
/// A title that does not fit is asked again with what is wrong ("81 tekens … het mag 80 zijn").
/// </summary>
public sealed class TitlePrompt(string dialogId) : TextPrompt(dialogId, ValidateAsync)
{
    private static async Task<bool> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var locale = context.Context.Locale;
        var title = context.Recognized.Value?.Trim();
        var problem = !context.Recognized.Succeeded || !TextRules.HasWords(title)
            ? Say.Text(nameof(ConversationTexts.TitleEmpty), locale)
            : title!.Length > Model.MaxTitleLength
                ? Say.Text(nameof(ConversationTexts.TitleTooLong), locale, title.Length, Model.MaxTitleLength)
                : null;
        if (problem is null)
        {
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage { Text = problem, InputHint = InputHint.ExpectingInput }, cancellationToken);
        return false;
    }
}
