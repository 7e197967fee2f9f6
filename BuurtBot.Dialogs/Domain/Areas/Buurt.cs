namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>A buurt inside a wijk.</summary>
/// <param name="Code">CBS buurt code such as <c>BU04020000</c>; null until someone has checked it.</param>
public sealed record Buurt(string? Code, string Name);
