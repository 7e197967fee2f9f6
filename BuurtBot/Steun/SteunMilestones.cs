using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Steun;

/// <summary>
/// After a turn that counted a support is saved: each milestone (5, 10, 25) reached and not yet
/// recorded is recorded and the initiatiefnemer told, in one transaction. Two supporters crossing
/// 5 at once both see 5 or more, both try; the milestone's key lets one win and the other's
/// insert fails, so the initiatiefnemer hears it exactly once. (The inbox event's id is
/// deterministic as well, a second guard.)
/// </summary>
public sealed partial class SteunMilestones(BuurtBotDbContext db, ResidentNotifier notifier, TimeProvider time, ILogger<SteunMilestones> logger) : IAfterTurnAction
{
    private readonly HashSet<Guid> _pending = [];

    public void CheckAfterTurn(Guid initiatiefId) => _pending.Add(initiatiefId);

    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        foreach (var initiatiefId in _pending.ToList())
        {
            _pending.Remove(initiatiefId);
            foreach (var milestone in SteunMijlpaal.Milestones)
            {
                if (!await TryRecordAsync(initiatiefId, milestone, cancellationToken))
                {
                    break;
                }
            }
        }
    }

    /// <returns>False when this milestone is not reached, so higher ones are not either.</returns>
    private async Task<bool> TryRecordAsync(Guid initiatiefId, int milestone, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var initiatief = await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken);
        var supporters = initiatief is null ? 0 : await EfSteunStore.CountAsync(db, initiatief, cancellationToken);
        if (initiatief is null || !SteunMijlpaal.IsReached(milestone, supporters))
        {
            return false;
        }

        if (await db.Set<SteunMijlpaal>().AnyAsync(m => m.InitiatiefId == initiatiefId && m.Supporters == milestone, cancellationToken))
        {
            return true;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Set<SteunMijlpaal>().Add(SteunMijlpaal.Reach(initiatiefId, milestone, supporters, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            await notifier.NotifyAsync(
                [initiatief.InitiatiefnemerId], SteunMilestoneDialog.EventName, SteunMilestoneDialog.Argument(initiatiefId, milestone),
                $"steun-mijlpaal:{initiatiefId:N}:{milestone}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogMilestone(initiatiefId, milestone);
        }
        catch (DbUpdateException)
        {
            // Another turn recorded this milestone first: it told the initiatiefnemer.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Initiatief {InitiatiefId} reached {Milestone} supporters; the initiatiefnemer is told")]
    private partial void LogMilestone(Guid initiatiefId, int milestone);
}
