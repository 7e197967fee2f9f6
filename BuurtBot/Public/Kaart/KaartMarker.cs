using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Public.Kaart;

/// <summary>
/// One initiatief on the map and in the list beside it. <see cref="Approximate"/>: placed at its
/// wijk's centre because it has no point of its own. No point at all (a wijk without a centre in
/// the area file): listed, not on the map.
/// </summary>
public sealed record KaartMarker(
    Guid Id,
    string Title,
    Thema Thema,
    InitiatiefStatus Status,
    string Wijk,
    string? Buurt,
    double? Latitude,
    double? Longitude,
    bool Approximate,
    bool Published,
    int Supporters)
{
    public bool OnMap => Latitude is not null && Longitude is not null;

    /// <summary>Marker colour and shape: a group of statuses a resident tells apart at a glance.</summary>
    public KaartPhase Phase => KaartPhases.Of(Status);
}
