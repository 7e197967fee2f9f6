namespace BuurtBot.Admin.Handoff;

/// <summary>A private note of a coordinator on a conversation; the resident never sees it.</summary>
public sealed class ConversationNote
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedUtc { get; set; }
}
