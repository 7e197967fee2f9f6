using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Reminders;

/// <summary>
/// A message the bot could not handle becomes a task for the conversation's wijk (every wijk while it
/// is not known) with the error, so a coordinator can look at the chat and answer the resident.
/// </summary>
internal sealed class FailedTurnTasks(CoordinatorTasks tasks, BuurtBotDbContext db) : IFailedTurnReport
{
    public async Task AddAsync(Guid conversationId, long inboxItemId, string error, CancellationToken cancellationToken)
    {
        var wijk = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.Wijk).FirstOrDefaultAsync(cancellationToken);
        await tasks.AddAsync(CoordinatorTaskKind.BerichtNietVerwerkt, $"turn-failed:{inboxItemId}", wijk, initiatiefId: null, conversationId, cancellationToken, detail: error);
    }
}
