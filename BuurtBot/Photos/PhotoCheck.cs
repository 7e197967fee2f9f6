using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Photos;

/// <summary>The sanitizer's verdict: a clean photo, or why not.</summary>
public sealed record PhotoCheck(CleanPhoto? Photo, AttachmentProblem? Problem)
{
    public static PhotoCheck Accepted(CleanPhoto photo) => new(photo, null);

    public static PhotoCheck Refused(AttachmentProblem problem) => new(null, problem);
}
