namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>A phase was opened twice, or after a later one: a wijk's year only moves forward.</summary>
public sealed class WijkjaarFaseException : InvalidOperationException
{
    public WijkjaarFaseException()
    {
    }

    public WijkjaarFaseException(string message)
        : base(message)
    {
    }

    public WijkjaarFaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
