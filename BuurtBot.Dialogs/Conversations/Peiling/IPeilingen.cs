namespace BuurtBot.Dialogs.Conversations.Peiling;

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
