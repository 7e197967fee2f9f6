namespace BuurtBot.Dialogs.Messages;

/// <summary>A button: the title the resident sees and the value that comes back when tapped.</summary>
public sealed record ReplyChoice(string Title, string Value)
{
    public static ReplyChoice Of(string title) => new(title, title);
}
