using BuurtBot.Admin.Accounts;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Photos;

/// <summary>
/// A resident's photo for a coordinator: signed in, and only for the wijk they work in (the
/// initiatief's wijk, or the chat's when it belongs to no initiatief). Never cached by a browser or a
/// proxy; no public URL: the public pages show a photo only after a coordinator approved it.
/// </summary>
internal static class PhotoEndpoints
{
    public static Task<IResult> Full(Guid id, HttpContext context, BuurtBotDbContext db, PhotoContentStores stores, CancellationToken cancellationToken) =>
        ServeAsync(id, PhotoVariant.Full, context, db, stores, cancellationToken);

    public static Task<IResult> Thumbnail(Guid id, HttpContext context, BuurtBotDbContext db, PhotoContentStores stores, CancellationToken cancellationToken) =>
        ServeAsync(id, PhotoVariant.Thumbnail, context, db, stores, cancellationToken);

    private static async Task<IResult> ServeAsync(Guid id, PhotoVariant variant, HttpContext context, BuurtBotDbContext db, PhotoContentStores stores, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        var photo = await db.Photos.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.StoredIn,
                Wijk = p.InitiatiefId != null
                    ? db.Initiatieven.Where(i => i.Id == p.InitiatiefId).Select(i => i.WijkName).FirstOrDefault()
                    : db.Conversations.Where(c => c.Id == p.ConversationId).Select(c => c.Wijk).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (photo is null)
        {
            return Results.NotFound();
        }

        if (!Coordinator.From(context.User).MayOpen(photo.Wijk))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var store = stores.Of(photo.StoredIn);
        var bytes = store is null ? null : await store.ReadAsync(db, id, variant, cancellationToken);
        return bytes is null ? Results.NotFound() : Results.File(bytes, "image/jpeg");
    }
}
