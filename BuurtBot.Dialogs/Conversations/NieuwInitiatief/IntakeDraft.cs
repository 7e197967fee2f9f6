using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// The resident's answers so far, as one typed record. It travels between the intake's questions
/// as JSON text (dialog state is saved as JSON), the thema by name so a saved intake reads back
/// even if the enum is ever reordered.
/// </summary>
public sealed record IntakeDraft
{
    public string? Wijk { get; init; }
    public string? Buurt { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<Thema>))]
    public Thema? Thema { get; init; }

    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The sentence the resident opened with at the menu ("ik heb een idee voor…"), offered as the description until they answer that question.</summary>
    public string? FirstIdea { get; init; }
    public string? Doel { get; init; }
    public int? Neighbours { get; init; }
    public string? Street { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<AfspraakDraft> Afspraken { get; init; } = [];

    /// <summary>The photos of the spot the resident sent (<c>photo:&lt;id&gt;</c>), tied to the initiatief when it is submitted.</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this);

    public static IntakeDraft Parse(object? json) =>
        json is string text && JsonSerializer.Deserialize<IntakeDraft>(text) is { } draft
            ? draft
            : throw new InvalidOperationException("The intake lost its answers; pass them on as IntakeDraft.ToJson().");
}
