namespace BuurtBot.Public.OpenData;

/// <summary>One column of a dataset as the documentation page explains it.</summary>
/// <param name="Name">Column name in CSV, JSON and GeoJSON properties: lower case with underscores.</param>
/// <param name="Meaning">What it means, in Dutch, including its possible values.</param>
public sealed record OpenDataField(string Name, OpenDataFieldType Type, string Meaning);
