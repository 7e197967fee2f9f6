using BuurtBot.Admin.Accounts;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Live;

/// <summary>
/// Live updates for the admin pages, grouped by wijk. It keeps no state of its own: a connection
/// joins the groups of its wijken when it connects, and a chat's group only after the same access
/// check the chat page makes. Messages are pushed by <see cref="LiveUpdateBridge"/> through IHubContext.
/// </summary>
[Authorize(Policy = AdminPolicies.Live)]
public sealed class ConversationHub(BuurtBotDbContext db, LiveAudience audience) : Hub<IConversationClient>
{
    public const string Path = "/admin/live";

    public override async Task OnConnectedAsync()
    {
        // Counted first: should joining a group fail, a count too high only costs a lookup, one too low would hide changes.
        audience.Joined();
        foreach (var group in LiveGroups.For(Coordinator.From(Context.User!)))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        audience.Left();
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Follow one chat's transcript; false (and nothing joined) when the caller may not open it.</summary>
    public async Task<bool> Watch(Guid conversationId)
    {
        var wijk = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { c.Wijk }).SingleOrDefaultAsync(Context.ConnectionAborted);
        if (wijk is null || !Coordinator.From(Context.User!).MayOpen(wijk.Wijk))
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.OfConversation(conversationId));
        return true;
    }
}
