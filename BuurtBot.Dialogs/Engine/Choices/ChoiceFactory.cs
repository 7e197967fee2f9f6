using System.Text;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Choices;

/// <summary>
/// Turns a question and its choices into one message for the channel at hand, as the SDK's
/// ChoiceFactory does, but from the channel's declared <see cref="ChannelCapabilities"/>: buttons
/// when they fit, otherwise a numbered list in the text, so typing "3" still works.
/// </summary>
public static class ChoiceFactory
{
    public static OutboundMessage ForChannel(string text, IReadOnlyList<ReplyChoice> choices, ChannelCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(capabilities);
        if (choices.Count <= capabilities.MaxChoices)
        {
            return new OutboundMessage { Text = text, Choices = choices, InputHint = InputHint.ExpectingInput };
        }

        var list = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            list.Append('\n').Append(i + 1).Append(". ").Append(choices[i].Title);
        }

        return new OutboundMessage { Text = list.ToString(), InputHint = InputHint.ExpectingInput };
    }
}
