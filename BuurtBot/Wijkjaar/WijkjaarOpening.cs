using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Wijkjaar;

/// <summary>What one run of the phase job did: the phase it opened (per wijk), residents invited, or when to try again because it is quiet now.</summary>
public sealed record WijkjaarOpening(WijkjaarFase? Fase, IReadOnlyList<string> OpenedIn, int Invited, DateTimeOffset? RetryAt);
