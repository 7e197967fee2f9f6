namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>
/// What a resident asked to change in a proposed buurtdeal, for the coordinator to read and handle.
/// Handled once: the coordinator answers by changing the deal or in the chat, and a second
/// "handled" (a colleague was quicker) is refused.
/// </summary>
public sealed class DealChangeRequest
{
    public const int MaxTextLength = 4000;

    private DealChangeRequest(Guid initiatiefId, string residentId, string text, DateTime createdUtc)
    {
        InitiatiefId = initiatiefId;
        ResidentId = residentId;
        Text = text;
        CreatedUtc = createdUtc;
    }

    // For EF Core materialisation.
    private DealChangeRequest()
    {
        ResidentId = Text = string.Empty;
    }

    public long Id { get; private set; }

    public Guid InitiatiefId { get; private set; }

    public string ResidentId { get; private set; }

    /// <summary>What the resident typed: read by the wijk's coordinators, never published.</summary>
    public string Text { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? HandledUtc { get; private set; }

    public bool IsHandled => HandledUtc is not null;

    /// <summary>The resident's wish, passed on as typed; a text longer than the column is cut, not refused, so the wish still arrives.</summary>
    public static DealChangeRequest Pass(Guid initiatiefId, string residentId, string text, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        ArgumentNullException.ThrowIfNull(text);
        UtcTime.Require(now, nameof(now));
        return new DealChangeRequest(initiatiefId, residentId, DomainStrings.Cut(text, MaxTextLength)!, now);
    }

    public void MarkHandled(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (IsHandled)
        {
            throw new DealChangeRequestHandledException(Id, HandledUtc!.Value);
        }

        HandledUtc = now;
    }
}
