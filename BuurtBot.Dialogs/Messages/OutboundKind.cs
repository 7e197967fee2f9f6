namespace BuurtBot.Dialogs.Messages;

public enum OutboundKind
{
    Message,
    Typing,
}
