using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven;

/// <summary>
/// A buurtcoördinator of the initiatief's wijk approves what the public pages may show of it. Only
/// from this moment do the map, the open data, the buurtmonitor and the share link show the
/// approved wording; the audit log says who approved, never the text itself.
/// </summary>
public sealed class PublicTextReview(BuurtBotDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task ApproveAsync(Guid id, Coordinator coordinator, PublicTextInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        ArgumentNullException.ThrowIfNull(input);
        db.ChangeTracker.Clear();
        var initiatief = await db.Initiatieven.FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"No initiatief {id}.");
        if (!coordinator.MayOpen(initiatief.WijkName))
        {
            throw new UnauthorizedAccessException($"Initiatief {id} is in wijk {initiatief.WijkName}, not one of this coordinator's.");
        }

        // The page showed the resident's texts with this fingerprint: approving an older view would
        // approve a text the coordinator never read.
        if (input.SourceFingerprint != initiatief.TextFingerprint
            || input.AfspraakFingerprints.Any(a => initiatief.Deal?.Afspraken.FirstOrDefault(x => x.Id == a.Key) is not { } afspraak
                || PublicTextFingerprint.Of(afspraak.Description) != a.Value))
        {
            throw new StalePublicTextException();
        }

        initiatief.ApprovePublicText(input.Title, input.Description, input.Doel, input.Afspraken, Actor.Coordinator(coordinator.Id), time.GetUtcNow().UtcDateTime);
        audit.Add(coordinator, "public-text-approved", null, $"initiatief {id}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
