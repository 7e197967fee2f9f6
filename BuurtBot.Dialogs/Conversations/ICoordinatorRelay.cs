namespace BuurtBot.Dialogs.Conversations;

/// <summary>What the resident asks of a coordinator: a person to talk to, or a change to a proposed deal.</summary>
public interface ICoordinatorRelay
{
    /// <summary>Puts the conversation in the coordinators' queue.</summary>
    Task RequestHumanAsync(Guid conversationId, string reason, CancellationToken cancellationToken);

    /// <summary>The resident's wish for the proposed deal, for the coordinator to read with the initiatief.</summary>
    Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken);
}
