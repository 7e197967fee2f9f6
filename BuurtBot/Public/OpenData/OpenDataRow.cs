namespace BuurtBot.Public.OpenData;

/// <summary>One row: a value per field in the dataset's order (null when not known), and a point for GeoJSON.</summary>
public sealed record OpenDataRow(IReadOnlyList<object?> Values, OpenDataPoint? Point = null);

/// <summary>WGS 84 degrees; GeoJSON writes them longitude first (RFC 7946).</summary>
public sealed record OpenDataPoint(double Latitude, double Longitude);
