namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>A municipality and its wijken, as read from the area file.</summary>
/// <param name="Code">CBS gemeente code such as <c>GM0402</c>; null when not known.</param>
public sealed record Gemeente(string? Code, string Name, IReadOnlyList<Wijk> Wijken);
