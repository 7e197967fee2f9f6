using BuurtBot.Dialogs.Domain.Monitoring;
namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>One answer in a check-in: about which afspraak, in which round, and what the resident said or showed.</summary>
public sealed record CheckInAnswer(
    Guid InitiatiefId,
    Guid AfspraakId,
    string RoundKey,
    CheckInProgress Progress,
    string? Comment,
    string? PhotoReference,
    string ResidentId);
