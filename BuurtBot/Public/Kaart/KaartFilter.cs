using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Public.Kaart;

/// <summary>The filters of the map, read from the query string so a filtered map works without JavaScript and can be shared.</summary>
public sealed record KaartFilter(string? Wijk, Thema? Thema)
{
    public static KaartFilter From(HttpRequest request)
    {
        var wijk = request.Query["wijk"].ToString();
        var thema = Enum.TryParse<Thema>(request.Query["thema"].ToString(), ignoreCase: false, out var t) && Enum.IsDefined(t) ? t : (Thema?)null;
        return new KaartFilter(string.IsNullOrWhiteSpace(wijk) ? null : wijk, thema);
    }

    public bool Matches(KaartMarker marker) =>
        (Wijk is null || string.Equals(marker.Wijk, Wijk, StringComparison.OrdinalIgnoreCase))
        && (Thema is null || marker.Thema == Thema);
}
