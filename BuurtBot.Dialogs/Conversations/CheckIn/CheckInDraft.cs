using System.Text.Json;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>
/// Where a check-in is: the afspraken to ask about and which one is next. It is the options of the
/// per-afspraak waterfall, which replaces itself with the next index, so it is saved as JSON text.
/// </summary>
internal sealed record CheckInDraft(CheckInRequest Request, IReadOnlyList<OpenAfspraak> Afspraken, int Index, bool HelpNeeded)
{
    public OpenAfspraak Current => Afspraken[Index];

    public bool IsLast => Index >= Afspraken.Count - 1;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static CheckInDraft Parse(object? options) =>
        options is string json && JsonSerializer.Deserialize<CheckInDraft>(json) is { } draft
            ? draft
            : throw new InvalidOperationException("The check-in lost its draft; it is begun with CheckInDraft.ToJson().");
}
