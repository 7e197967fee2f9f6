namespace BuurtBot.Dialogs.Domain.Steun;

/// <summary>
/// An initiatiefnemer (or mede-initiatiefnemer) tried to support their own initiatief. They are
/// counted as behind it already; check <c>Initiatief.IsInitiatiefnemer</c> first and tell them so.
/// </summary>
public sealed class OwnInitiatiefSteunException(Guid initiatiefId)
    : InvalidOperationException($"The resident is an initiatiefnemer of initiatief {initiatiefId}; their own support does not count. Check IsInitiatiefnemer first.")
{
    public Guid InitiatiefId { get; } = initiatiefId;
}
