namespace BuurtBot.Dialogs.Conversations.Services;

/// <summary>
/// What the peiling conversations need of stored peilingen and of the resident's choice to get
/// them. The host implements it on the turn's unit of work: what is recorded here is saved with
/// the dialog state and the replies, or not at all.
/// </summary>
public interface IPeilingen
{
    /// <summary>The peiling as the resident is asked it; null when it does not exist.</summary>
    Task<PeilingQuestion?> FindQuestionAsync(Guid peilingId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores, changes or (with a null option) takes back the resident's one answer. Refused when the
    /// peiling is closed or was never sent to this resident.
    /// </summary>
    Task<PeilingAnswerOutcome> AnswerAsync(string residentId, Guid peilingId, int? optionIndex, CancellationToken cancellationToken);

    /// <summary>The same for a vote in a channel's own poll, found by the channel's poll id.</summary>
    Task<PeilingAnswerOutcome> AnswerPollAsync(string residentId, string channelPollId, int? optionIndex, CancellationToken cancellationToken);

    /// <summary>The result of a closed peiling; null when it is not closed (or does not exist).</summary>
    Task<PeilingUitslag?> FindUitslagAsync(Guid peilingId, CancellationToken cancellationToken);

    Task<PeilingenChoice> GetChoiceAsync(string residentId, CancellationToken cancellationToken);

    /// <summary>Records the resident's yes or no (and their wijk and buurt, when given); they are not asked again.</summary>
    Task SetChoiceAsync(string residentId, bool wantsPeilingen, string? wijk, string? buurt, CancellationToken cancellationToken);
}

/// <summary>One peiling as a resident sees it. <see cref="IsOpen"/> is false once it closed.</summary>
public sealed record PeilingQuestion(Guid Id, string Question, IReadOnlyList<string> Options, DateTime ClosesUtc, bool IsOpen);

public enum PeilingAnswerStatus
{
    Recorded,
    Changed,
    Withdrawn,
    Closed,

    /// <summary>No such peiling for this resident (it was not sent to them, or the poll is not ours).</summary>
    Unknown,
}

/// <summary>What became of an answer; <see cref="Option"/> is the chosen option's text.</summary>
public sealed record PeilingAnswerOutcome(PeilingAnswerStatus Status, Guid? PeilingId = null, string? Option = null, DateTime? ClosesUtc = null);

/// <summary>A closed peiling's result: counts per option in the peiling's order.</summary>
public sealed record PeilingUitslag(string Question, IReadOnlyList<PeilingOptionCount> Options, int Participants, bool? Draagvlak);

public sealed record PeilingOptionCount(string Option, int Count, int Percentage);

/// <summary>Whether the resident was asked about peilingen, what they said, and where they live (when known).</summary>
public sealed record PeilingenChoice(bool Asked, bool WantsPeilingen, string? Wijk, string? Buurt);
