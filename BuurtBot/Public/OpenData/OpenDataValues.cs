using System.Globalization;
using System.Text.Json;

namespace BuurtBot.Public.OpenData;

/// <summary>How a row value is written: the same text in CSV and the same JSON value in JSON and GeoJSON.</summary>
internal static class OpenDataValues
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        Guid g => g.ToString("D"),
        DateTime d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        // A stored 400.00 is written 400: trailing zeros are the database's scale, not information.
        decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"An open-data value of type {value.GetType().Name} has no written form; add it to OpenDataValues."),
    };

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(decimal.Parse(Text(m)!, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(Text(value)); break;
        }
    }

    /// <summary>Checks a dataset's row against its fields, so a mistake shows as an error rather than shifted columns.</summary>
    public static void RequireShape(IOpenDataSet dataset, OpenDataRow row)
    {
        if (row.Values.Count != dataset.Fields.Count)
        {
            throw new InvalidOperationException($"Dataset '{dataset.Name}' has {dataset.Fields.Count} fields but a row with {row.Values.Count} values.");
        }
    }
}
