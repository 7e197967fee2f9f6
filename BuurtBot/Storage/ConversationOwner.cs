namespace BuurtBot.Storage;

public enum ConversationOwner
{
    Bot,
    Queue,
    Coordinator,
}
