using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>Wijkagenda input on the turn's unit of work: saved with the dialog state, or not at all.</summary>
public interface IWijkagendaStore
{
    /// <summary>The wijk the resident's chat is about, when known.</summary>
    Task<string?> WijkOfAsync(string residentId, CancellationToken cancellationToken);

    /// <summary>Stores the answer; it replaces the resident's answer of the same year.</summary>
    Task SaveAsync(WijkagendaAnswer answer, CancellationToken cancellationToken);

    /// <summary>Where <paramref name="thema"/> stands in the wijk's agenda this year; null when the wijk has no answers yet.</summary>
    Task<WijkagendaFit?> FitAsync(string wijk, Thema thema, CancellationToken cancellationToken);
}
