using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Initiatieven.Pages;

/// <summary>One line of the list; <paramref name="StatusSince"/> is when it got its current status, for the waiting time.</summary>
public sealed record InitiatiefRow(Guid Id, string Title, string Wijk, string? Buurt, Thema Thema, InitiatiefStatus Status, DateTime CreatedAt, DateTime StatusSince);
