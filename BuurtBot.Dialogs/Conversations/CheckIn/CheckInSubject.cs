namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>What a check-in asks about: the deal's title and its open resident afspraken.</summary>
public sealed record CheckInSubject(Guid InitiatiefId, string Title, IReadOnlyList<OpenAfspraak> Afspraken);
