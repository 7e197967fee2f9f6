using System.Text.Encodings.Web;
using System.Text.Json;

namespace BuurtBot.Public.OpenData;

/// <summary>
/// JSON: the dataset's description, its fields and licence, and its rows as objects keyed by
/// field name; GeoJSON (RFC 7946): a FeatureCollection of Points, longitude first, the same
/// values as properties.
/// </summary>
public static class OpenDataJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteJsonAsync(Stream stream, IOpenDataSet dataset, IReadOnlyList<OpenDataRow> rows, DateTime generatedUtc, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("dataset", dataset.Name);
        writer.WriteString("titel", dataset.Title);
        writer.WriteString("beschrijving", dataset.Description);
        writer.WriteString("licentie", OpenDataLicence.Id);
        writer.WriteString("licentie_url", OpenDataLicence.Url);
        writer.WriteString("gemaakt_op", OpenDataValues.Text(generatedUtc));
        writer.WriteStartArray("velden");
        foreach (var field in dataset.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("naam", field.Name);
            writer.WriteString("type", field.Type.ToString());
            writer.WriteString("betekenis", field.Meaning);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rijen");
        foreach (var row in rows)
        {
            WriteProperties(writer, dataset, row);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    public static async Task WriteGeoJsonAsync(Stream stream, IOpenDataSet dataset, IReadOnlyList<OpenDataRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            if (row.Point is { } point)
            {
                writer.WriteStartObject("geometry");
                writer.WriteString("type", "Point");
                writer.WriteStartArray("coordinates");
                writer.WriteNumberValue(point.Longitude);
                writer.WriteNumberValue(point.Latitude);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                // RFC 7946 3.2: an unlocated feature has a null geometry.
                writer.WriteNull("geometry");
            }

            writer.WritePropertyName("properties");
            WriteProperties(writer, dataset, row);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteProperties(Utf8JsonWriter writer, IOpenDataSet dataset, OpenDataRow row)
    {
        OpenDataValues.RequireShape(dataset, row);
        writer.WriteStartObject();
        for (var i = 0; i < dataset.Fields.Count; i++)
        {
            writer.WritePropertyName(dataset.Fields[i].Name);
            OpenDataValues.Write(writer, row.Values[i]);
        }

        writer.WriteEndObject();
    }
}
