namespace BuurtBot.Dialogs.Conversations.Privacy;

/// <summary>
/// The resident's right to see all their data. (Having it forgotten is work after the turn:
/// <see cref="EraseResident"/>.)
/// </summary>
public interface IResidentData
{
    /// <summary>Everything stored about the resident, as an indented JSON document.</summary>
    Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken);

    /// <summary>How long we keep it, as the consent text and privacy statement say: the host's configured periods.</summary>
    DataRetention Retention => DataRetention.Default;
}
