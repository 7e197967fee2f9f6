using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

/// <summary>
/// Finishes "vergeet mij": once the goodbye is delivered (or could not be for
/// <see cref="PrivacyOptions.FinishErasureWithin"/>), the conversation goes with everything left
/// on it: the goodbye, the emptied inbox rows and the channel's id for the chat. A resident who
/// wrote again in between started anew; their new conversation stays. On a channel whose client
/// fetches its replies (the web chat), a stored goodbye is delivered only once the client fetched it.
/// </summary>
public sealed partial class ErasureSweeper(
    BuurtBotDbContext db, ChannelRegistry channels, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<ErasureSweeper> logger)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var giveUp = now - options.Value.FinishErasureWithin;

        // Written to again after the erasure: a new start, no longer an erasure to finish.
        await db.Conversations.Where(c => c.ErasedUtc != null && c.UpdatedUtc > c.ErasedUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ErasedUtc, (DateTime?)null), cancellationToken);

        string[] fetching = [.. channels.FetchedByClients];
        var finished = await db.Conversations
            .Where(c => c.ErasedUtc != null)
            .Where(c => c.ErasedUtc < giveUp
                || (!db.Outbox.Any(o => o.ConversationId == c.Id && o.Status == OutboxStatus.Pending)
                    && (!fetching.Contains(c.Channel) || !db.Transcript.Any(t => t.ConversationId == c.Id && (c.FetchedTranscriptId == null || t.Id > c.FetchedTranscriptId)))))
            .ExecuteDeleteAsync(cancellationToken);
        if (finished > 0)
        {
            LogFinished(finished);
        }

        return finished;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} erasure(s) finished: the conversation and the channel's handle are gone")]
    private partial void LogFinished(int count);
}
