using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question with Ja/Nee buttons; typed answers go through <see cref="ConfirmRecognizer"/>.</summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    protected override string RetryTextKey => nameof(Strings.PromptRetryConfirm);

    protected override Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendAsync(ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), DefaultChoices(turnContext), turnContext.Capabilities), cancellationToken);
    }

    protected override IReadOnlyList<ReplyChoice> DefaultChoices(TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return
        [
            ReplyChoice.Of(Texts.Get(nameof(Strings.ConfirmYes), turnContext.Locale)),
            ReplyChoice.Of(Texts.Get(nameof(Strings.ConfirmNo), turnContext.Locale)),
        ];
    }

    protected override PromptRecognizerResult<bool> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return ConfirmRecognizer.Recognize(turnContext.Activity.Value ?? turnContext.Activity.Text) is { } answer
            ? PromptRecognizerResult<bool>.Of(answer)
            : PromptRecognizerResult<bool>.Failed;
    }
}
