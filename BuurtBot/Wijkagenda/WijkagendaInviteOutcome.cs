namespace BuurtBot.Wijkagenda;

/// <summary>How many residents were invited, or when to try again because it is quiet now.</summary>
public sealed record WijkagendaInviteOutcome(int Invited, DateTimeOffset? RetryAt);
