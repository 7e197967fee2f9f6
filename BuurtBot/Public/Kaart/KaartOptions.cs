using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Public.Kaart;

/// <summary>
/// Where the map's background comes from. Any tile server with the usual {z}/{x}/{y} template
/// works; the page lists and shows initiatieven without it, so an outage only loses the background.
/// </summary>
public sealed class KaartOptions : IValidatableObject
{
    public const string Section = "Kaart";

    /// <summary>OpenStreetMap's own server: fine for a municipality's modest traffic under its tile usage policy.</summary>
    [Required]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>HTML as the tile provider asks it to be shown; from configuration, never from residents.</summary>
    [Required]
    public string TileAttribution { get; set; } =
        "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>-bijdragers";

    [Range(1, 22)]
    public int MaxZoom { get; set; } = 19;

    [Range(1, 22)]
    public int InitialZoom { get; set; } = 13;

    /// <summary>
    /// The tile server's origin for the CSP's img-src: <c>https://tile.openstreetmap.org</c>, or
    /// <c>https://*.tile.example.org</c> for a template with a {s} subdomain.
    /// </summary>
    public string TileImageSource
    {
        get
        {
            var sample = TileUrl.Replace("{s}", "a", StringComparison.Ordinal);
            var uri = new Uri(sample.Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal)
                .Replace("{y}", "0", StringComparison.Ordinal).Replace("{r}", "", StringComparison.Ordinal));
            var host = TileUrl.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[2..] : uri.Host;
            return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var template = TileUrl.Replace("{s}", "a", StringComparison.Ordinal).Replace("{r}", "", StringComparison.Ordinal)
            .Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal).Replace("{y}", "0", StringComparison.Ordinal);
        if (!Uri.TryCreate(template, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !TileUrl.Contains("{z}", StringComparison.Ordinal) || !TileUrl.Contains("{x}", StringComparison.Ordinal) || !TileUrl.Contains("{y}", StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"Kaart:TileUrl must be an absolute http(s) URL template with {{z}}, {{x}} and {{y}}, such as https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png; it is '{TileUrl}'.",
                [nameof(TileUrl)]);
        }
    }
}
