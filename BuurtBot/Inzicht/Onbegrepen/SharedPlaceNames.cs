using BuurtBot.Dialogs.Domain.Areas;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// The names the masker keeps: the wijken, their aliases and buurten ("vlak bij de Groest"). A place everyone
/// shares points at nobody. Built once from the area catalogue, not per misunderstood answer.
/// </summary>
public sealed class SharedPlaceNames(AreaCatalog areas)
{
    public IReadOnlySet<string> Names { get; } = areas.Wijken
        .SelectMany(w => w.Aliases.Append(w.Name).Concat(w.Buurten.Select(b => b.Name)))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
