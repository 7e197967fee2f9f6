using BuurtBot.Admin.Accounts;
using BuurtBot.Storage;

namespace BuurtBot.Admin.Audit;

/// <summary>Writes one audit line per coordinator action, in the caller's unit of work or on its own.</summary>
public sealed class AuditLog(BuurtBotDbContext db, TimeProvider time)
{
    public const string CommandLine = "command line";

    /// <summary>Adds the line to the context; the caller's SaveChanges stores it with the action itself.</summary>
    public void Add(Coordinator? actor, string action, Guid? conversationId = null, string? detail = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            TimestampUtc = time.GetUtcNow().UtcDateTime,
            ActorId = actor?.Id,
            Actor = actor?.Email ?? CommandLine,
            Action = action,
            ConversationId = conversationId,
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
        });

    public async Task RecordAsync(Coordinator? actor, string action, Guid? conversationId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(actor, action, conversationId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
