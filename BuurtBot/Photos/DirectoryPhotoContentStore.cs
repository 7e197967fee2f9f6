using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Photos;

/// <summary>
/// The photos' bytes as files in <see cref="PhotosOptions.Directory"/>: <c>&lt;id&gt;.jpg</c> and
/// <c>&lt;id&gt;.thumb.jpg</c>, names we make (never one a resident sent). A file is written before the
/// row is saved, so a failed save leaves a file without a row: <see cref="RemoveOrphansAsync"/> (run
/// after every "vergeet mij" and by the nightly retention) removes those and the files of erased photos.
/// </summary>
public sealed class DirectoryPhotoContentStore(IOptions<PhotosOptions> options) : IPhotoContentStore
{
    public PhotoStorage Kind => PhotoStorage.Directory;

    private string Root => options.Value.Directory is { Length: > 0 } directory
        ? Path.GetFullPath(directory)
        : throw new InvalidOperationException("Photos:Storage is Directory; set Photos:Directory to the folder for the photos.");

    public async Task PutAsync(BuurtBotDbContext db, Guid id, CleanPhoto photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        Directory.CreateDirectory(Root);
        await File.WriteAllBytesAsync(PathOf(id, PhotoVariant.Full), photo.Jpeg, cancellationToken);
        await File.WriteAllBytesAsync(PathOf(id, PhotoVariant.Thumbnail), photo.Thumbnail, cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(BuurtBotDbContext db, Guid id, PhotoVariant variant, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Directory))
        {
            return null;
        }

        var path = PathOf(id, variant);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public async Task<int> RemoveOrphansAsync(BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Never configured: no file was ever written here.
        if (string.IsNullOrWhiteSpace(options.Value.Directory) || !Directory.Exists(Root))
        {
            return 0;
        }

        var kept = (await db.Photos.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Root, "*.jpg"))
        {
            var name = Path.GetFileName(file).Split('.')[0];
            if (Guid.TryParseExact(name, "N", out var id) && !kept.Contains(id))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private string PathOf(Guid id, PhotoVariant variant) =>
        Path.Combine(Root, id.ToString("N") + (variant == PhotoVariant.Thumbnail ? ".thumb.jpg" : ".jpg"));
}
