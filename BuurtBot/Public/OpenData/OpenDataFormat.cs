namespace BuurtBot.Public.OpenData;

/// <summary>The download formats, with their file extension and media type.</summary>
public sealed record OpenDataFormat(string Extension, string ContentType, string Label)
{
    /// <summary>RFC 4180; header=present per RFC 4180's optional parameter. UTF-8 with a byte order mark so spreadsheet programs read é right.</summary>
    public static readonly OpenDataFormat Csv = new("csv", "text/csv; charset=utf-8; header=present", "CSV");

    public static readonly OpenDataFormat Json = new("json", "application/json; charset=utf-8", "JSON");

    /// <summary>RFC 7946 names application/geo+json.</summary>
    public static readonly OpenDataFormat GeoJson = new("geojson", "application/geo+json; charset=utf-8", "GeoJSON");

    public static IReadOnlyList<OpenDataFormat> All { get; } = [Csv, Json, GeoJson];

    public static IReadOnlyList<OpenDataFormat> For(IOpenDataSet dataset) =>
        dataset.HasGeometry ? All : [Csv, Json];
}
