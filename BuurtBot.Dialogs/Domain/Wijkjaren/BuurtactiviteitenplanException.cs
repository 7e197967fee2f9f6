namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>A buurtactiviteitenplan was published without any initiatief in it.</summary>
public sealed class BuurtactiviteitenplanException : InvalidOperationException
{
    public BuurtactiviteitenplanException()
    {
    }

    public BuurtactiviteitenplanException(string message)
        : base(message)
    {
    }

    public BuurtactiviteitenplanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
