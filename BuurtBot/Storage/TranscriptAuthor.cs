namespace BuurtBot.Storage;

public enum TranscriptAuthor
{
    Resident,
    Bot,
    Coordinator,
}
