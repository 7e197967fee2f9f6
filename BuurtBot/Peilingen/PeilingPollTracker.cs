using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Peilingen;

/// <summary>
/// Remembers which channel poll a peiling became for a resident (Telegram's poll_id), so a vote on
/// it — which names only the poll and the voter — finds its peiling.
/// </summary>
internal sealed class PeilingPollTracker(IServiceScopeFactory scopes) : IPollTracker
{
    public async Task PollSentAsync(Guid conversationId, string pollKey, string channelPollId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(pollKey, "N", out var peilingId))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var residentId = conversationId.ToString("D");
        await db.Set<PeilingDelivery>()
            .Where(d => d.PeilingId == peilingId && d.ResidentId == residentId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ChannelPollId, channelPollId), cancellationToken);
    }
}
