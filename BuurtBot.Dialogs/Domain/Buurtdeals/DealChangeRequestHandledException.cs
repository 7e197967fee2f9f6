namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>A change request was marked handled a second time; the first moment stands. Check <see cref="DealChangeRequest.IsHandled"/> first.</summary>
public sealed class DealChangeRequestHandledException : InvalidOperationException
{
    public DealChangeRequestHandledException(long requestId, DateTime handledUtc)
        : base($"Change request {requestId} was handled at {handledUtc:O} already; it is handled once.")
    {
        RequestId = requestId;
        HandledUtc = handledUtc;
    }

    public long RequestId { get; }

    public DateTime HandledUtc { get; }
}
