namespace BuurtBot.Dialogs.Messages;

/// <summary>Why a file the resident sent was not kept; each gets its own kind answer.</summary>
public enum AttachmentProblem
{
    /// <summary>More bytes than a photo needs.</summary>
    TooLarge,

    /// <summary>A photo of more pixels than we accept (a decompression bomb looks like this too).</summary>
    TooManyPixels,

    /// <summary>Not a photo we can read (a PDF, a video, a damaged file).</summary>
    NotAPhoto,

    /// <summary>The channel could not hand us the file (a download that failed).</summary>
    Unavailable,
}
