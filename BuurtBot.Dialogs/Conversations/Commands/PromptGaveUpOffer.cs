using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Commands;

/// <summary>
/// What a resident hears when a prompt had too many answers it did not understand
/// (<see cref="DialogBotHooks.OnPromptGaveUpAsync"/>): their answers are kept, they can try again
/// with the question's own buttons, or pick the menu or a person, as buttons whose values are global
/// commands, so a tap is recognised whatever the language of its title.
/// </summary>
public static class PromptGaveUpOffer
{
    public static Task SendAsync(TurnContext turn, PromptGaveUp gaveUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var locale = turn.Locale;
        return turn.SendAsync(
            new OutboundMessage
            {
                Text = Texts.Get(nameof(Strings.PromptGaveUp), locale),
                Choices =
                [
                    .. QuestionButtons(turn, gaveUp),
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpMenu), locale), GlobalCommandRecognizer.MenuValue),
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpHuman), locale), GlobalCommandRecognizer.HumanValue),
                ],
                InputHint = InputHint.ExpectingInput,
            },
            cancellationToken);
    }

    /// <summary>The question's buttons again, when they fit beside the two ways out.</summary>
    private static IReadOnlyList<ReplyChoice> QuestionButtons(TurnContext turn, PromptGaveUp gaveUp) =>
        gaveUp.Choices.Count + 2 <= turn.Capabilities.MaxChoices ? gaveUp.Choices : [];
}
