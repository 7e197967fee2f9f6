namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>A buurt found by name, with the wijk it lies in.</summary>
public sealed record BuurtInWijk(Wijk Wijk, Buurt Buurt);
