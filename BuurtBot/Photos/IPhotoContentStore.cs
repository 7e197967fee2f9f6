using BuurtBot.Storage;

namespace BuurtBot.Photos;

/// <summary>
/// Where a photo's bytes go. The <see cref="Photo"/> row is always in the database; the bytes are in
/// the database too (<see cref="DatabasePhotoContentStore"/>, the default) or in a directory
/// (<see cref="DirectoryPhotoContentStore"/>). An S3-compatible store would be a third implementation
/// (README "Photos"); it is not built.
/// </summary>
public interface IPhotoContentStore
{
    PhotoStorage Kind { get; }

    /// <summary>Keeps the bytes of a new photo; in the database they are saved with the caller's SaveChanges.</summary>
    Task PutAsync(BuurtBotDbContext db, Guid id, CleanPhoto photo, CancellationToken cancellationToken);

    /// <summary>The JPEG or its thumbnail; null when it is gone.</summary>
    Task<byte[]?> ReadAsync(BuurtBotDbContext db, Guid id, PhotoVariant variant, CancellationToken cancellationToken);

    /// <summary>Removes bytes whose <see cref="Photo"/> row is gone (erased, retention); how many.</summary>
    Task<int> RemoveOrphansAsync(BuurtBotDbContext db, CancellationToken cancellationToken);
}
