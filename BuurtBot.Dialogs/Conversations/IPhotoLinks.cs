namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// What the conversations do with the photos a resident sent (attachments named <c>photo:&lt;id&gt;</c>,
/// stored by the host with the message): tie them to the initiatief they show, on the turn's unit of work.
/// </summary>
public interface IPhotoLinks
{
    /// <summary>The resident's own photos among <paramref name="references"/> now belong to the initiatief (others are ignored).</summary>
    Task LinkToInitiatiefAsync(string residentId, IEnumerable<string> references, Guid initiatiefId, CancellationToken cancellationToken);
}
