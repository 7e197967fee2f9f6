using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognised, trimmed.</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override string RetryTextKey => nameof(Strings.PromptRetryText);

    protected override bool TakesAnyText => true;

    protected override PromptRecognizerResult<string> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text ?? turnContext.Activity.Value;
        return string.IsNullOrWhiteSpace(text) ? PromptRecognizerResult<string>.Failed : PromptRecognizerResult<string>.Of(text.Trim());
    }
}
