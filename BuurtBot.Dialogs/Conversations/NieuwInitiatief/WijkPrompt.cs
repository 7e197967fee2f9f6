using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks for the wijk as buttons; a typed name answers as the area file knows it (an alias such as
/// "de Meent", a buurt in the wijk, "ik woon in het centrum"), and a shared location as the wijk
/// whose centre is nearest (the resident sees which one and can go back with 'terug'). What fits
/// more than one wijk ("noord") is asked about, never resolved to one of them.
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

        if (options.Choices is { } buttons && areas.MatchWijken(turnContext.Activity.Text) is [var named]
            && buttons.ToList().FindIndex(c => c.Value == named.Name) is var at and >= 0)
        {
            return PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(at, buttons[at].Title, buttons[at].Value));
        }

        return base.OnRecognize(turnContext, state, options);
    }
}
