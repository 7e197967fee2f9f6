using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a date; "today" is the turn's time in Europe/Amsterdam, whatever the server's zone.</summary>
public class DatePrompt(string dialogId, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(dialogId, validator)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    protected override string RetryTextKey => nameof(Strings.PromptRetryDate);

    /// <summary>The date it is now in Amsterdam.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).DateTime);
    }

    protected override PromptRecognizerResult<DateOnly> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return DateRecognizer.Recognize(turnContext.Activity.Text ?? turnContext.Activity.Value, Today(turnContext.Time)) is { } date
            ? PromptRecognizerResult<DateOnly>.Of(date)
            : PromptRecognizerResult<DateOnly>.Failed;
    }
}
