using BuurtBot.Privacy;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BuurtBot.Photos;

/// <summary>
/// The photos' part of "mijn gegevens" and "vergeet mij". The inventory's functions get only the
/// database; the bytes may be in a directory, so the stores come from the application's services the
/// context was made with (always there: the context is registered with AddDbContext).
/// </summary>
internal static class PhotoExport
{
    public static async Task<IReadOnlyList<object>> ExportAsync(BuurtBotDbContext db, ResidentKey resident, CancellationToken cancellationToken)
    {
        var photos = await db.Photos.AsNoTracking().Where(p => p.ConversationId == resident.ConversationId).OrderBy(p => p.ReceivedUtc).ToListAsync(cancellationToken);
        var stores = StoresOf(db);
        var export = new List<object>();
        foreach (var photo in photos)
        {
            var bytes = stores?.Of(photo.StoredIn) is { } store ? await store.ReadAsync(db, photo.Id, PhotoVariant.Full, cancellationToken) : null;
            export.Add(new
            {
                photo.Id,
                photo.ReceivedUtc,
                photo.InitiatiefId,
                photo.Width,
                photo.Height,
                Public = photo.PublicApprovedUtc is not null,
                ContentType = "image/jpeg",
                Base64 = bytes is null ? null : Convert.ToBase64String(bytes),
            });
        }

        return export;
    }

    public static async Task EraseAsync(ResidentErasure erasure, CancellationToken cancellationToken)
    {
        var db = erasure.Db;
        // The bytes in the database go with their row (cascade); files are removed as orphans.
        await db.Photos.Where(p => p.ConversationId == erasure.Resident.ConversationId).ExecuteDeleteAsync(cancellationToken);
        await RemoveOrphansAsync(db, cancellationToken);
    }

    public static async Task<int> RemoveOrphansAsync(BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var store in StoresOf(db)?.All ?? [])
        {
            removed += await store.RemoveOrphansAsync(db, cancellationToken);
        }

        return removed;
    }

    private static PhotoContentStores? StoresOf(BuurtBotDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(PhotoContentStores)) as PhotoContentStores;
}
