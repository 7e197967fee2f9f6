namespace BuurtBot.Public.Kaart;

/// <summary>What the map view needs; built by <see cref="KaartService"/> for the public and the admin map alike.</summary>
public sealed record KaartModel(
    IReadOnlyList<KaartMarker> Markers,
    KaartFilter Filter,
    IReadOnlyList<string> Wijken,
    KaartOptions Options,
    double CentreLatitude,
    double CentreLongitude);
