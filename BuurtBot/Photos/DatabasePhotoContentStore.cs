using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Photos;

/// <summary>The photos' bytes in the <c>PhotoContents</c> table; a photo's row removed takes its bytes with it (cascade).</summary>
public sealed class DatabasePhotoContentStore : IPhotoContentStore
{
    public PhotoStorage Kind => PhotoStorage.Database;

    public Task PutAsync(BuurtBotDbContext db, Guid id, CleanPhoto photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(photo);
        db.PhotoContents.Add(new PhotoContent { PhotoId = id, Jpeg = photo.Jpeg, Thumbnail = photo.Thumbnail });
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(BuurtBotDbContext db, Guid id, PhotoVariant variant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.PhotoContents.AsNoTracking().Where(c => c.PhotoId == id);
        return variant == PhotoVariant.Thumbnail
            ? await rows.Select(c => c.Thumbnail).FirstOrDefaultAsync(cancellationToken)
            : await rows.Select(c => c.Jpeg).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<int> RemoveOrphansAsync(BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PhotoContents.Where(c => !db.Photos.Any(p => p.Id == c.PhotoId)).ExecuteDeleteAsync(cancellationToken);
    }
}
