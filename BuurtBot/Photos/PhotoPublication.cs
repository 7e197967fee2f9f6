using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Photos;

/// <summary>
/// The review rule for photos: a photo is public only after a coordinator of its wijk approved it
/// (after looking for faces and licence plates), and only while its initiatief is published. Each
/// decision is in the audit log.
/// </summary>
public sealed class PhotoPublication(BuurtBotDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>False when the photo is not one of this initiatief's.</summary>
    public async Task<bool> SetAsync(Guid initiatiefId, Guid photoId, bool publish, Coordinator coordinator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == photoId && p.InitiatiefId == initiatiefId, cancellationToken);
        if (photo is null)
        {
            return false;
        }

        photo.PublicApprovedUtc = publish ? time.GetUtcNow().UtcDateTime : null;
        photo.PublicApprovedBy = publish ? coordinator.FirstName : null;
        audit.Add(coordinator, publish ? "Foto goedgekeurd voor openbaar" : "Foto niet meer openbaar", photo.ConversationId, $"initiatief {initiatiefId:D}, foto {photoId:D}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
