using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Domain.Steun;

/// <summary>
/// One resident's support for an initiatief, given through its share link. The key is the pair, so
/// support counts once per resident however often they tap.
/// </summary>
public sealed class InitiatiefSteun
{
    private InitiatiefSteun(Guid initiatiefId, string residentId, DateTime supportedUtc)
    {
        InitiatiefId = initiatiefId;
        ResidentId = residentId;
        SupportedUtc = supportedUtc;
    }

    // For EF Core materialisation.
    private InitiatiefSteun()
    {
        ResidentId = string.Empty;
    }

    public Guid InitiatiefId { get; private set; }

    /// <summary>The supporting resident (their conversation id, as everywhere else); a placeholder after "vergeet mij".</summary>
    public string ResidentId { get; private set; }

    public DateTime SupportedUtc { get; private set; }

    /// <summary>
    /// A resident supports the initiatief. Its initiatiefnemers are behind it already: their support
    /// would count them twice, so it is refused (the conversation tells them it is their own).
    /// </summary>
    public static InitiatiefSteun Give(Initiatief initiatief, string residentId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        UtcTime.Require(now, nameof(now));
        if (initiatief.IsInitiatiefnemer(residentId))
        {
            throw new OwnInitiatiefSteunException(initiatief.Id);
        }

        return new InitiatiefSteun(initiatief.Id, residentId, now);
    }
}
