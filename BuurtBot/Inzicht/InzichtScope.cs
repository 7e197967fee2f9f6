namespace BuurtBot.Inzicht;

/// <summary>
/// Whose conversations are counted: the wijken (by name), or every conversation (<see cref="Wijken"/> null: a
/// beheerder's "alle wijken", which includes residents who left before they named their wijk).
/// </summary>
public sealed record InzichtScope(DateTime FromUtc, DateTime ToUtc, IReadOnlyCollection<string>? Wijken);
