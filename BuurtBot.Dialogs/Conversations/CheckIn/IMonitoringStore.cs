using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Domain.Monitoring;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>
/// What the check-in and evaluation conversations need of stored deals. The host implements it on
/// the turn's unit of work: what a dialog records here is saved with the dialog state and the
/// replies, or not at all.
/// </summary>
public interface IMonitoringStore
{
    /// <summary>The deal's title and the resident afspraken still open; null when the initiatief is no longer in uitvoering.</summary>
    Task<CheckInSubject?> FindCheckInSubjectAsync(Guid initiatiefId, CancellationToken cancellationToken);

    /// <summary>Stores the answer as a monitoring entry and moves the afspraak's status (see <see cref="CheckInProgress"/>).</summary>
    Task RecordCheckInAsync(CheckInAnswer answer, CancellationToken cancellationToken);

    /// <summary>Puts the conversation in the coordinators' queue, because the resident asked for help with the deal.</summary>
    Task RequestHelpAsync(Guid conversationId, Guid initiatiefId, CancellationToken cancellationToken);

    /// <summary>The title of an initiatief in evaluatie; null when it is not (any more) being evaluated.</summary>
    Task<string?> FindEvaluatieTitleAsync(Guid initiatiefId, CancellationToken cancellationToken);

    Task StoreEvaluatieAsync(EvaluatieAnswer answer, CancellationToken cancellationToken);
}
