namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>The wijkgesprek on the turn's unit of work: the answers are saved with the dialog state, or not at all.</summary>
public interface IWijkgesprekStore
{
    /// <summary>The wijk the resident's chat is about, when known.</summary>
    Task<string?> WijkOfAsync(string residentId, CancellationToken cancellationToken);

    /// <summary>The wijk's figures of this year ("wijken in cijfers"), told before the questions.</summary>
    Task<WijkInCijfers> CijfersAsync(string wijk, CancellationToken cancellationToken);

    /// <summary>Stores the answers; they replace the resident's answers of the same year.</summary>
    Task SaveAsync(WijkgesprekAnswers answers, CancellationToken cancellationToken);
}
