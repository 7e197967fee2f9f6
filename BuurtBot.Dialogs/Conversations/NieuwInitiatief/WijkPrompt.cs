using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks for the wijk as buttons; a shared location also answers, as the wijk whose centre is
/// nearest (the resident sees which one and can go back with 'terug').
/// </summary>
public sealed class WijkPrompt(string dialogId, AreaCatalog areas) : ChoicePrompt(dialogId)
{
    protected override PromptRecognizerResult<FoundChoice> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Location is { } point && options.Choices is { } choices)
        {
            var near = areas.SuggestWijkNear(point);
            var index = near is null ? -1 : choices.ToList().FindIndex(c => c.Value == near.Name);
            return index < 0
                ? PromptRecognizerResult<FoundChoice>.Failed
                : PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(index, choices[index].Title, choices[index].Value));
        }

        return base.OnRecognize(turnContext, state, options);
    }
}
