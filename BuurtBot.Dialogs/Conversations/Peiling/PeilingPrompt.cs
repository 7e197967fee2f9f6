using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// Asks a peiling: the first time as a poll (channels with polls show their own; the others the
/// buttons), a retry as plain buttons. A typed "2", "ja" or the option's text answers it too.
/// </summary>
internal sealed class PeilingPrompt(string dialogId) : ChoicePrompt(dialogId)
{
    protected override Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var choices = options.Choices ?? [];
        // The buttons' values name the peiling (see PeilingToken); its id is the poll's key.
        if (isRetry || choices.Count == 0 || !PeilingToken.TryParse(choices[0].Value, out var peilingId, out _))
        {
            return base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);
        }

        var message = ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), choices, turnContext.Capabilities) with
        {
            Poll = new OutboundPoll(peilingId.ToString("N"), options.Prompt ?? "", [.. choices.Select(c => c.Title)]),
        };
        return turnContext.SendAsync(message, cancellationToken);
    }
}
