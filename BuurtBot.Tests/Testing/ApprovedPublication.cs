using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// Published as a test of public pages needs it: the resident agreed, and a coordinator approved
/// their texts as they are. Tests about the review itself publish without this.
/// </summary>
public static class ApprovedPublication
{
    public static void PublishApproved(this Initiatief initiatief, string shareCode, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        initiatief.Publish(shareCode, now);
        initiatief.ApprovePublicText(
            initiatief.Title,
            initiatief.Description,
            initiatief.Doel,
            (initiatief.Deal?.Afspraken ?? []).ToDictionary(a => a.Id, a => a.Description),
            Actor.Coordinator("coordinator-review"),
            now);
    }
}
