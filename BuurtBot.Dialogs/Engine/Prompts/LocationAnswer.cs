using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Where something is: a shared point, or a description typed by a resident whose channel cannot share one.</summary>
public sealed record LocationAnswer(GeoLocation? Point, string? Description);
