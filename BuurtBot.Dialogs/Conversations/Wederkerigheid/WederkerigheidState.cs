using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.Wederkerigheid;

/// <summary>
/// Where the wederkerigheid dialog is: the theme, whose side is being asked, and what was chosen.
/// It is the options of the dialog's waterfall, which replaces itself after each pick, so it is
/// saved as JSON text (the theme by name).
/// </summary>
public sealed record WederkerigheidState(
    [property: JsonConverter(typeof(JsonStringEnumConverter<Thema>))] Thema Thema,
    DealSide Side,
    IReadOnlyList<AfspraakDraft> Afspraken,
    bool Explained)
{
    /// <summary>The start: the bewoners' side first, nothing chosen, the idea not explained yet.</summary>
    public static WederkerigheidState For(Thema thema) => new(thema, DealSide.Bewoners, [], Explained: false);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static WederkerigheidState Parse(object? options) =>
        options is string json && JsonSerializer.Deserialize<WederkerigheidState>(json) is { } state
            ? state
            : throw new ArgumentException("Begin the wederkerigheid dialog with WederkerigheidState.For(thema).ToJson().", nameof(options));
}
