namespace BuurtBot.Photos;

/// <summary>
/// A photo a resident sent, after <see cref="PhotoSanitizer"/>: its bytes (a clean JPEG and a
/// thumbnail) live in the <see cref="IPhotoContentStore"/>, this row says whose it is and what it
/// belongs to. Without an initiatief it belongs to the conversation only (a chat with a coordinator,
/// a photo sent at another question); the coordinator's wijk decides who may open it.
/// </summary>
public sealed class Photo
{
    public Guid Id { get; set; }

    /// <summary>The conversation it came in: "vergeet mij" and the export find it here.</summary>
    public Guid ConversationId { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public int ByteCount { get; set; }

    /// <summary>Which store holds the bytes (<see cref="PhotoStorage"/>), so changing the setting later does not lose a photo.</summary>
    public string StoredIn { get; set; } = PhotoStorage.Database.ToString();

    /// <summary>The initiatief it shows, once the intake or a check-in linked it.</summary>
    public Guid? InitiatiefId { get; set; }

    /// <summary>When a coordinator approved it for the public pages (after looking for faces and licence plates); null: never public.</summary>
    public DateTime? PublicApprovedUtc { get; set; }

    public string? PublicApprovedBy { get; set; }
}
