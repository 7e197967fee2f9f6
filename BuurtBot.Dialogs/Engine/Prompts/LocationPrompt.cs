using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks where something is. A shared location is best; a typed street or place also counts, since
/// not every channel (or resident) can share one.
/// </summary>
public class LocationPrompt(string dialogId, PromptValidator<LocationAnswer>? validator = null) : Prompt<LocationAnswer>(dialogId, validator)
{
    private const int MinimumDescriptionLength = 3;

    /// <summary>False when only a shared location will do.</summary>
    public bool AcceptsDescription { get; init; } = true;

    protected override string RetryTextKey => nameof(Strings.PromptRetryLocation);

    protected override bool TakesAnyText => true;

    protected override PromptRecognizerResult<LocationAnswer> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Location is { } point)
        {
            return PromptRecognizerResult<LocationAnswer>.Of(new LocationAnswer(point, activity.Text));
        }

        var text = activity.Text?.Trim();
        return AcceptsDescription && text is { Length: >= MinimumDescriptionLength }
            ? PromptRecognizerResult<LocationAnswer>.Of(new LocationAnswer(null, text))
            : PromptRecognizerResult<LocationAnswer>.Failed;
    }
}
