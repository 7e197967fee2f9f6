using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>
/// Asks for the one sentence of a wijkagenda answer: some words, at most
/// <see cref="WijkagendaDialog.MaxSentenceLength"/> characters, asked again with what is wrong.
/// </summary>
public sealed class SentencePrompt(string dialogId) : TextPrompt(dialogId, ValidateAsync)
{
    private static async Task<bool> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var locale = context.Context.Locale;
        var max = WijkagendaDialog.MaxSentenceLength;
        var sentence = context.Recognized.Value?.Trim();
        var problem = !context.Recognized.Succeeded || !TextRules.HasWords(sentence)
            ? WijkagendaText.Get(nameof(WijkagendaTexts.SentenceEmpty), locale, max)
            : sentence!.Length > max
                ? WijkagendaText.Get(nameof(WijkagendaTexts.SentenceTooLong), locale, sentence.Length, max)
                : null;
        if (problem is null)
        {
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage { Text = problem, InputHint = InputHint.ExpectingInput }, cancellationToken);
        return false;
    }
}
