using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>A wijk of the gemeente and the buurten in it.</summary>
/// <param name="Code">CBS wijk code such as <c>WK040200</c>; null until someone has checked it.</param>
/// <param name="ApproximateCentre">
/// A rough, hand-placed centre used only to suggest a wijk from a shared location; null when the file has none.
/// </param>
public sealed record Wijk(string? Code, string Name, IReadOnlyList<Buurt> Buurten, GeoLocation? ApproximateCentre = null)
{
    /// <summary>Other ways residents name the wijk ("de Meent", "het centrum", "city centre"), from the area file.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool Contains(Buurt buurt) => Buurten.Contains(buurt);
}
