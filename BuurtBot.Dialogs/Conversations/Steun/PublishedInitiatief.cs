namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>What a neighbour sees of a published initiatief: only what its initiatiefnemer agreed to make public.</summary>
public sealed record PublishedInitiatief(Guid Id, string Title, string Wijk, string Description, int Supporters, bool IsOwn);
