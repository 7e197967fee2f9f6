using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>
/// The resident's wijkagenda answer so far: the wijk and the themes picked. It is also the options
/// of the theme loop, which replaces itself after each pick, so it is saved as JSON text (themes by name).
/// </summary>
internal sealed record WijkagendaDraft(string? Wijk, IReadOnlyList<Thema> Themas)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter<Thema>() } };

    public static WijkagendaDraft Empty { get; } = new(null, []);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WijkagendaDraft Parse(object? json) =>
        json is string text && JsonSerializer.Deserialize<WijkagendaDraft>(text, Json) is { } draft
            ? draft
            : throw new InvalidOperationException("The wijkagenda question lost its draft; pass it on as WijkagendaDraft.ToJson().");
}
