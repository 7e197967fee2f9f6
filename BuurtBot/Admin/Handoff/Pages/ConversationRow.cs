using BuurtBot.Storage;

namespace BuurtBot.Admin.Handoff.Pages;

/// <summary>One conversation in a list: no resident's name (we have none), the wijk, who has it, the last line.</summary>
public sealed record ConversationRow(
    Guid Id,
    string Channel,
    string? Wijk,
    ConversationOwner Owner,
    string? OwnerName,
    DateTime? QueuedUtc,
    DateTime UpdatedUtc,
    string? LastLine)
{
    public string Preview => LastLine is { Length: > 80 } line ? line[..80] + "…" : LastLine ?? "";
}
