namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>The area file cannot be used; the message names the file and what to fix in it.</summary>
public sealed class AreaFileException : Exception
{
    public AreaFileException(string source, string problem, Exception? innerException = null)
        : base($"Area file '{source}' cannot be used: {problem}", innerException)
    {
        FileName = source;
        Problem = problem;
    }

    /// <summary>The file path, or the embedded resource name, that was read.</summary>
    public string FileName { get; }

    public string Problem { get; }
}
