using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Commands;

/// <summary>
/// What a resident hears when a prompt gave up (<see cref="DialogBotHooks.OnPromptGaveUpAsync"/>):
/// the menu or a person, as buttons whose values are global commands, so a tap is recognised
/// whatever the language of its title.
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
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpMenu), locale), GlobalCommandRecognizer.MenuValue),
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpHuman), locale), GlobalCommandRecognizer.HumanValue),
                ],
                InputHint = InputHint.ExpectingInput,
            },
            cancellationToken);
    }
}
