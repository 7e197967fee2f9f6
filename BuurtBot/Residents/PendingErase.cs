namespace BuurtBot.Residents;

/// <summary>Set during a turn when the resident asked to be forgotten; the erase runs once the turn is saved.</summary>
internal sealed class PendingErase
{
    public string? ResidentId { get; private set; }

    public void Request(string residentId) => ResidentId = residentId;
}
