namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>The optional extra after a check-in answer: a comment, a photo (the channel's file reference), both, or neither.</summary>
public sealed record CommentOrPhoto(string? Comment, string? PhotoReference)
{
    public static CommentOrPhoto Nothing { get; } = new(null, null);
}
