namespace BuurtBot.Dialogs.Domain.Wijkagenda;

/// <summary>A wijkagenda version was changed, approved or published out of turn (a published version is never changed: a new version is made).</summary>
public sealed class WijkagendaStatusException : InvalidOperationException
{
    public WijkagendaStatusException()
    {
    }

    public WijkagendaStatusException(string message)
        : base(message)
    {
    }

    public WijkagendaStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
