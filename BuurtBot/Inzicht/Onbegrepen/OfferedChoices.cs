using System.Text.Json;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>The buttons a question offered, stored with a misunderstood answer as a small JSON array.</summary>
public static class OfferedChoices
{
    /// <summary>More buttons than this (a long list of buurten) are cut: the page offers the first ones.</summary>
    public const int Max = 30;

    public static string ToJson(IReadOnlyList<ReplyChoice> choices) =>
        JsonSerializer.Serialize(choices.Take(Max).Select(c => new Stored(c.Title, c.Value)).ToArray(), OnbegrepenJson.Default.StoredArray);

    public static IReadOnlyList<ReplyChoice> FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize(json, OnbegrepenJson.Default.StoredArray) ?? []).Select(s => new ReplyChoice(s.Title, s.Value))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public sealed record Stored(string Title, string Value);
}
