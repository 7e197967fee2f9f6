namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// Where the initiatief is: a point shared from a phone, a street typed by the resident, or both.
/// Plain nullable values so EF Core can map it as a complex type.
/// </summary>
public sealed record InitiatiefLocation
{
    private InitiatiefLocation(double? latitude, double? longitude, string? street)
    {
        Latitude = latitude;
        Longitude = longitude;
        Street = street;
    }

    public double? Latitude { get; private init; }

    public double? Longitude { get; private init; }

    public string? Street { get; private init; }

    public static InitiatiefLocation AtPoint(double latitude, double longitude, string? street = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latitude, -90);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(latitude, 90);
        ArgumentOutOfRangeException.ThrowIfLessThan(longitude, -180);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(longitude, 180);
        return new InitiatiefLocation(latitude, longitude, string.IsNullOrWhiteSpace(street) ? null : street.Trim());
    }

    public static InitiatiefLocation AtStreet(string street)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(street);
        return new InitiatiefLocation(null, null, street.Trim());
    }

    /// <summary>The point without the street the resident typed; null when there is no point.</summary>
    public InitiatiefLocation? WithoutStreet() =>
        Latitude is null || Longitude is null ? null : new InitiatiefLocation(Latitude, Longitude, null);
}
