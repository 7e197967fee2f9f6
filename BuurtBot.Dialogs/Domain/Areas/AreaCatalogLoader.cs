using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Domain.Areas;

/// <summary>
/// Reads and validates an area file: the embedded Hilversum file by default, or a replacement
/// file a municipality puts on disk. A bad file fails at start-up with a message that names the
/// file and the problem, rather than later as a resident who cannot pick their wijk.
/// </summary>
public static partial class AreaCatalogLoader
{
    public const string EmbeddedResourceName = "BuurtBot.Dialogs.Domain.Areas.hilversum.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property ("buurtem") would otherwise be silently ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The area file shipped inside this assembly (Hilversum).</summary>
    public static AreaCatalog FromEmbeddedDefault()
    {
        using var stream = typeof(AreaCatalogLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new AreaFileException(EmbeddedResourceName, "the embedded resource is missing; check the EmbeddedResource item in BuurtBot.Dialogs.csproj.");
        return FromStream(stream, EmbeddedResourceName);
    }

    /// <summary>
    /// A replacement area file on disk. This is the library's only file access: the host calls it
    /// once at start-up when configuration names a file.
    /// </summary>
    public static AreaCatalog FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new AreaFileException(path, "the file does not exist.");
        }

        using var stream = File.OpenRead(path);
        return FromStream(stream, path);
    }

    /// <param name="sourceName">Named in error messages, so pass the path or resource name.</param>
    public static AreaCatalog FromStream(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        AreaFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<AreaFileDto>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new AreaFileException(sourceName, $"it is not valid area JSON ({e.Message}).", e);
        }

        return new AreaCatalog(Validate(dto, sourceName));
    }

    private static Gemeente Validate(AreaFileDto? dto, string source)
    {
        if (dto?.Gemeente is null)
        {
            throw new AreaFileException(source, "it has no \"gemeente\" object with a name.");
        }

        var gemeenteName = Required(dto.Gemeente.Name, "gemeente.name", source);
        var gemeenteCode = CheckCode(dto.Gemeente.Code, GemeenteCode(), "gemeente.code", "GM followed by 4 digits, e.g. GM0402", source);

        if (dto.Wijken is null || dto.Wijken.Count == 0)
        {
            throw new AreaFileException(source, "\"wijken\" is missing or empty; list at least one wijk.");
        }

        var wijkNames = new HashSet<string>();
        var buurtNames = new Dictionary<string, string>();
        var wijken = new List<Wijk>(dto.Wijken.Count);
        var aliasKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dto.Wijken.Count; i++)
        {
            var w = dto.Wijken[i] ?? throw new AreaFileException(source, $"wijken[{i}] is null.");
            var where = $"wijken[{i}]";
            var wijkName = Required(w.Name, $"{where}.name", source);
            where = $"wijk '{wijkName}'";
            if (!wijkNames.Add(NameKey.Key(wijkName)) || aliasKeys.ContainsKey(NameKey.Key(wijkName)))
            {
                throw new AreaFileException(source, $"wijk '{wijkName}' appears twice (names are compared without case and accents).");
            }

            var wijkCode = CheckCode(w.Code, WijkCode(), $"{where} code", "WK followed by 6 digits, e.g. WK040200", source);
            if (wijkCode is not null && gemeenteCode is not null && wijkCode[2..6] != gemeenteCode[2..])
            {
                throw new AreaFileException(source, $"{where} has code {wijkCode}, which does not belong to gemeente {gemeenteCode}.");
            }

            var buurten = new List<Buurt>();
            var buurtDtos = w.Buurten ?? [];
            for (var j = 0; j < buurtDtos.Count; j++)
            {
                var b = buurtDtos[j] ?? throw new AreaFileException(source, $"{where} buurten[{j}] is null.");
                var buurtName = Required(b.Name, $"{where} buurten[{j}].name", source);
                // Buurt names must be unique across the gemeente so that FindBuurt never has to guess.
                if (buurtNames.TryGetValue(NameKey.Key(buurtName), out var otherWijk))
                {
                    throw new AreaFileException(source, $"buurt '{buurtName}' appears twice (in wijk '{otherWijk}' and wijk '{wijkName}').");
                }

                buurtNames.Add(NameKey.Key(buurtName), wijkName);
                var buurtCode = CheckCode(b.Code, BuurtCode(), $"buurt '{buurtName}' code", "BU followed by 8 digits, e.g. BU04020000", source);
                if (buurtCode is not null && wijkCode is not null && buurtCode[2..8] != wijkCode[2..])
                {
                    throw new AreaFileException(source, $"buurt '{buurtName}' has code {buurtCode}, which does not belong to wijk {wijkCode}.");
                }

                buurten.Add(new Buurt(buurtCode, buurtName));
            }

            var aliases = new List<string>();
            foreach (var alias in w.Aliases ?? [])
            {
                var name = Required(alias, $"{where} aliases", source);
                // An alias is another way to type this wijk; one that names another wijk would make the bot guess.
                if ((aliasKeys.TryGetValue(NameKey.Key(name), out var owner) && owner != wijkName) || wijken.Any(other => NameKey.Key(other.Name) == NameKey.Key(name)))
                {
                    throw new AreaFileException(source, $"alias '{name}' of wijk '{wijkName}' is already a name or alias of another wijk.");
                }

                aliasKeys[NameKey.Key(name)] = wijkName;
                aliases.Add(name);
            }

            wijken.Add(new Wijk(wijkCode, wijkName, buurten, CheckCentre(w.ApproximateCentre, where, source)) { Aliases = aliases });
        }

        return new Gemeente(gemeenteCode, gemeenteName, wijken);
    }

    private static string Required(string? value, string field, string source) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new AreaFileException(source, $"{field} is missing or empty.")
            : value.Trim();

    private static string? CheckCode(string? code, Regex pattern, string field, string expected, string source)
    {
        if (code is null)
        {
            return null;
        }

        return pattern.IsMatch(code)
            ? code
            : throw new AreaFileException(source, $"{field} '{code}' is not a CBS code; expected {expected}, or null when unknown.");
    }

    private static GeoLocation? CheckCentre(GeoPointDto? centre, string where, string source)
    {
        if (centre is null)
        {
            return null;
        }

        if (centre.Latitude is not (>= -90 and <= 90) || centre.Longitude is not (>= -180 and <= 180))
        {
            throw new AreaFileException(source, $"{where} approximateCentre needs a latitude between -90 and 90 and a longitude between -180 and 180.");
        }

        return new GeoLocation(centre.Latitude.Value, centre.Longitude.Value);
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeenteCode();

    [GeneratedRegex("^WK[0-9]{6}$")]
    private static partial Regex WijkCode();

    [GeneratedRegex("^BU[0-9]{8}$")]
    private static partial Regex BuurtCode();

    // The file's shape. Kept private so the public records stay free of serialisation concerns.
    private sealed record AreaFileDto(IReadOnlyList<string>? Notes, GemeenteDto? Gemeente, IReadOnlyList<WijkDto?>? Wijken);

    private sealed record GemeenteDto(string? Code, string? Name);

    private sealed record WijkDto(string? Code, string? Name, GeoPointDto? ApproximateCentre, IReadOnlyList<BuurtDto?>? Buurten, IReadOnlyList<string?>? Aliases = null);

    private sealed record BuurtDto(string? Code, string? Name);

    private sealed record GeoPointDto(double? Latitude, double? Longitude);
}
