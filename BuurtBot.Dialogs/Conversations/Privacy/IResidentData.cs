namespace BuurtBot.Dialogs.Conversations.Privacy;

/// <summary>The resident's rights over their data: see all of it, and have it forgotten.</summary>
public interface IResidentData
{
    /// <summary>Everything stored about the resident, as an indented JSON document.</summary>
    Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the resident's personal data once this turn is saved (so the confirmation can still
    /// reach them). Initiatieven with a closed buurtdeal stay, without anything that points to them.
    /// </summary>
    void EraseAfterTurn(string residentId);
}
