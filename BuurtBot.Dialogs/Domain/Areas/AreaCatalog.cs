using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>
/// The wijken and buurten of one gemeente, looked up by the names residents type.
/// Build it with <see cref="AreaCatalogLoader"/>, which validates the area file first.
/// </summary>
public sealed class AreaCatalog
{
    // Beyond this distance from every wijk centre the point is most likely outside the
    // gemeente, and suggesting the "nearest" wijk would only mislead the resident.
    private const double MaxSuggestionDistanceKm = 5.0;

    private readonly Dictionary<string, Wijk> _wijkenByKey;
    private readonly Dictionary<string, BuurtInWijk> _buurtenByKey;

    internal AreaCatalog(Gemeente gemeente)
    {
        Gemeente = gemeente;
        _wijkenByKey = gemeente.Wijken.ToDictionary(w => NameKey.Key(w.Name));
        _buurtenByKey = gemeente.Wijken
            .SelectMany(w => w.Buurten.Select(b => new BuurtInWijk(w, b)))
            .ToDictionary(x => NameKey.Key(x.Buurt.Name));
    }

    public Gemeente Gemeente { get; }

    /// <summary>Words around a wijk's name that do not name it: "ik woon in de Meent", "het centrum", "the centre".</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "ik", "woon", "wonen", "we", "wij", "in", "de", "het", "wijk", "hilversum", "op", "bij", "aan", "is", "it", "i", "live", "the", "city",
        "district", "area", "neighbourhood", "we're", "mijn", "my", "vlak", "naast", "dichtbij", "near",
    };

    /// <summary>
    /// The wijk a resident names: by its name, an alias from the area file ("de Meent"), or a buurt
    /// in it (a whole name, or the start of one: "trompenberg"), ignoring case, accents, hyphens and
    /// the words around it ("ik woon in het centrum"). Several when the answer fits more than one
    /// (the dialog then asks which); none when it fits none.
    /// </summary>
    public IReadOnlyList<Wijk> MatchWijken(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = text.Split([' ', ',', '.', '!', '?', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !FillerWords.Contains(NameKey.Key(word)))
            .ToArray();
        var key = NameKey.Key(string.Join(' ', words));
        if (key.Length == 0)
        {
            return [];
        }

        if (_wijkenByKey.GetValueOrDefault(key) is { } wijk)
        {
            return [wijk];
        }

        var byAlias = Wijken.Where(w => w.Aliases.Any(alias => NameKey.Key(alias) == key)).ToList();
        if (byAlias.Count > 0)
        {
            return byAlias;
        }

        if (_buurtenByKey.GetValueOrDefault(key) is { } buurt)
        {
            return [buurt.Wijk];
        }

        return key.Length >= MinimumBuurtStart
            ? [.. _buurtenByKey.Where(pair => pair.Key.StartsWith(key, StringComparison.Ordinal)).Select(pair => pair.Value.Wijk).Distinct()]
            : [];
    }

    /// <summary>A buurt is found by the start of its name from this many letters on.</summary>
    private const int MinimumBuurtStart = 6;

    public IReadOnlyList<Wijk> Wijken => Gemeente.Wijken;

    /// <summary>The wijk with this name, ignoring case, accents, hyphens and extra spaces; null if none.</summary>
    public Wijk? FindWijk(string name) =>
        string.IsNullOrWhiteSpace(name) ? null : _wijkenByKey.GetValueOrDefault(NameKey.Key(name));

    /// <summary>The buurt with this name and its wijk, ignoring case, accents, hyphens and extra spaces; null if none.</summary>
    public BuurtInWijk? FindBuurt(string name) =>
        string.IsNullOrWhiteSpace(name) ? null : _buurtenByKey.GetValueOrDefault(NameKey.Key(name));

    /// <summary>
    /// Suggests the wijk whose approximate centre is nearest to a point. The centres are rough,
    /// so the dialog should ask the resident to confirm. Null when the file has no centres or the
    /// point is far from all of them.
    /// </summary>
    public Wijk? SuggestWijkNear(GeoLocation point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var nearest = Wijken
            .Where(w => w.ApproximateCentre is not null)
            .Select(w => (Wijk: w, Km: DistanceKm(point, w.ApproximateCentre!)))
            .OrderBy(x => x.Km)
            .FirstOrDefault();
        return nearest.Wijk is not null && nearest.Km <= MaxSuggestionDistanceKm ? nearest.Wijk : null;
    }

    // Haversine: plenty accurate at the scale of one town.
    private static double DistanceKm(GeoLocation a, GeoLocation b)
    {
        const double earthRadiusKm = 6371.0;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
