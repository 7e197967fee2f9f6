using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Photos;

/// <summary>The dialogs' <see cref="IPhotoLinks"/>: photos tied to an initiatief in the turn's save, only the resident's own.</summary>
public sealed class PhotoLinks(BuurtBotDbContext db) : IPhotoLinks
{
    public async Task LinkToInitiatiefAsync(string residentId, IEnumerable<string> references, Guid initiatiefId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        var ids = references.Select(IdOf).OfType<Guid>().ToList();
        if (ids.Count == 0 || !Guid.TryParse(residentId, out var conversationId))
        {
            return;
        }

        var photos = await db.Photos.Where(p => ids.Contains(p.Id) && p.ConversationId == conversationId).ToListAsync(cancellationToken);
        foreach (var photo in photos)
        {
            photo.InitiatiefId = initiatiefId;
        }
    }

    /// <summary>The photo's id in a <c>photo:&lt;id&gt;</c> reference; null for anything else.</summary>
    public static Guid? IdOf(string? reference) =>
        reference is { } r && r.StartsWith(InboundAttachment.PhotoPrefix, StringComparison.Ordinal)
        && Guid.TryParseExact(r[InboundAttachment.PhotoPrefix.Length..], "N", out var id)
            ? id
            : null;
}
