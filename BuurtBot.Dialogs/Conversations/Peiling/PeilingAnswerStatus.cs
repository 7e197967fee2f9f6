namespace BuurtBot.Dialogs.Conversations.Peiling;

public enum PeilingAnswerStatus
{
    Recorded,
    Changed,
    Withdrawn,
    Closed,

    /// <summary>No such peiling for this resident (it was not sent to them, or the poll is not ours).</summary>
    Unknown,
}
