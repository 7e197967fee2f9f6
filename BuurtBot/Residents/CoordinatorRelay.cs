using BuurtBot.Dialogs.Conversations.Services;
using BuurtBot.Storage;

namespace BuurtBot.Residents;

/// <summary>
/// Puts a chat in the coordinators' queue and passes a resident's deal wishes on; both on the
/// turn's unit of work, so they count only if the turn is saved.
/// </summary>
internal sealed class CoordinatorRelay(BuurtBotDbContext db, TimeProvider time) : ICoordinatorRelay
{
    public async Task RequestHumanAsync(Guid conversationId, string reason, CancellationToken cancellationToken)
    {
        // The turn already tracks this conversation; Find returns that same instance.
        var conversation = await db.Conversations.FindAsync([conversationId], cancellationToken);
        if (conversation is { Owner: ConversationOwner.Bot })
        {
            conversation.Owner = ConversationOwner.Queue;
        }
    }

    public Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken)
    {
        db.DealChangeRequests.Add(new DealChangeRequest
        {
            InitiatiefId = initiatiefId,
            ResidentId = residentId,
            Text = request.Length <= 4000 ? request : request[..4000],
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        return Task.CompletedTask;
    }
}
