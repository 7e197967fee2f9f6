using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// What counts as a peiling turn in every dialog, before the open question sees it: a vote in a
/// channel poll, a tap on a peiling button, and "geen peilingen" / "wel peilingen". Each becomes the
/// host event that handles it. Pure, so the table of what is recognised is a plain test.
/// </summary>
public static class PeilingTurn
{
    private static readonly HashSet<string> OffWords = new(StringComparer.Ordinal)
    {
        "geen peilingen", "geen peiling", "stop peilingen", "peilingen uit", "no polls", "stop polls",
    };

    private static readonly HashSet<string> OnWords = new(StringComparer.Ordinal)
    {
        "wel peilingen", "peilingen aan", "ja peilingen", "yes polls", "polls on",
    };

    /// <summary>The event this message stands for, or null when it is an ordinary message.</summary>
    public static InboundMessage? AsEvent(InboundMessage activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Kind != InboundKind.Message)
        {
            return null;
        }

        if (activity.PollVote is { } vote)
        {
            int? option = vote.OptionIds.Count == 0 ? null : vote.OptionIds[0];
            return InboundMessage.ForEvent(PeilingAnswerDialog.EventName, new PeilingAnswerRequest(null, vote.ChannelPollId, option).ToJson());
        }

        // Telegram's buttons come back as text, the other channels' as a value.
        if (PeilingToken.TryParse(activity.Value, out var id, out var index) || PeilingToken.TryParse(activity.Text, out id, out index))
        {
            return InboundMessage.ForEvent(PeilingAnswerDialog.EventName, new PeilingAnswerRequest(id, null, index).ToJson());
        }

        var folded = TextNormalizer.Fold(activity.Text);
        return OffWords.Contains(folded) ? InboundMessage.ForEvent(PeilingenChoiceDialog.EventName, PeilingenChoiceDialog.Off)
            : OnWords.Contains(folded) ? InboundMessage.ForEvent(PeilingenChoiceDialog.EventName, PeilingenChoiceDialog.On)
            : null;
    }
}
