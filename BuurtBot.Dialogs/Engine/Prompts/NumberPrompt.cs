using System.Numerics;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a number of type <typeparamref name="T"/> ("3", "drie", "2,5"), as the SDK's NumberPrompt&lt;T&gt;.</summary>
public class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    // An integer type truncates 0.5 to a whole number; a fractional type keeps it.
    private static readonly bool IsIntegerType = T.IsInteger(T.CreateTruncating(0.5m));

    protected override string RetryTextKey => nameof(Strings.PromptRetryNumber);

    protected override PromptRecognizerResult<T> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (NumberRecognizer.Recognize(turnContext.Activity.Text ?? turnContext.Activity.Value) is not { } number
            || (IsIntegerType && !decimal.IsInteger(number)))
        {
            return PromptRecognizerResult<T>.Failed;
        }

        try
        {
            return PromptRecognizerResult<T>.Of(T.CreateChecked(number));
        }
        catch (OverflowException)
        {
            return PromptRecognizerResult<T>.Failed;
        }
    }
}
