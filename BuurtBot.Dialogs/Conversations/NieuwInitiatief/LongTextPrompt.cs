using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks for a longer text with a maximum length. A text that is too long is not thrown away: the
/// prompt keeps it and the resident can send a shorter one, or answer 'inkorten' to keep its start.
/// </summary>
public sealed class LongTextPrompt : Prompt<string>
{
    private const string TooLongKey = "tooLong";
    private static readonly string[] ShortenWords = ["inkorten", "shorten", "korter"];

    public LongTextPrompt(string dialogId, int maxLength)
        : base(dialogId, (context, ct) => ValidateAsync(context, maxLength, ct))
    {
        MaxLength = maxLength;
        MaxAttempts = 6;
    }

    public int MaxLength { get; }

    protected override string RetryTextKey => nameof(Resources.Strings.PromptRetryText);

    protected override bool TakesAnyText => true;

    protected override PromptRecognizerResult<string> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var text = turnContext.Activity.Text?.Trim();
        if (text is not null && ShortenWords.Contains(text, StringComparer.OrdinalIgnoreCase) && state.TryGetValue(TooLongKey, out var kept) && kept is string longText)
        {
            return PromptRecognizerResult<string>.Of(TextRules.Shorten(longText, MaxLength));
        }

        return string.IsNullOrWhiteSpace(text) ? PromptRecognizerResult<string>.Failed : PromptRecognizerResult<string>.Of(text);
    }

    private static async Task<bool> ValidateAsync(PromptValidatorContext<string> context, int maxLength, CancellationToken cancellationToken)
    {
        var locale = context.Context.Locale;
        if (!context.Recognized.Succeeded || !TextRules.HasWords(context.Recognized.Value))
        {
            await context.Context.SendAsync(Expecting(Say.Text(nameof(ConversationTexts.TextNoLetters), locale)), cancellationToken);
            return false;
        }

        var text = context.Recognized.Value!;
        if (text.Length > maxLength)
        {
            context.State[TooLongKey] = text;
            await context.Context.SendAsync(Expecting(Say.Text(nameof(ConversationTexts.DescriptionTooLong), locale, text.Length, maxLength)), cancellationToken);
            return false;
        }

        return true;
    }

    private static OutboundMessage Expecting(string text) => new() { Text = text, InputHint = InputHint.ExpectingInput };
}
