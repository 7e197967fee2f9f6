using System.Globalization;
using System.Text;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Telegram carries at most 64 bytes of callback data per button. A choice value that fits travels
/// as itself (<c>v:value</c>); a longer one as a key to the stored reply (<c>o:outboxId:index</c>),
/// resolved back from the outbox when tapped. The prefix keeps the two from ever being confused.
/// </summary>
internal static class TelegramCallbackData
{
    public const int MaxBytes = 64;
    private const string ValuePrefix = "v:";
    private const string OutboxPrefix = "o:";

    public static string Encode(string value, long outboxId, int index)
    {
        var inline = ValuePrefix + value;
        return Encoding.UTF8.GetByteCount(inline) <= MaxBytes
            ? inline
            : string.Create(CultureInfo.InvariantCulture, $"{OutboxPrefix}{outboxId}:{index}");
    }

    /// <summary>The choice value carried inline, or the outbox key to look it up; false for data we never made.</summary>
    public static bool TryDecode(string? data, out string? value, out (long OutboxId, int Index) key)
    {
        value = null;
        key = default;
        if (data is null)
        {
            return false;
        }

        if (data.StartsWith(ValuePrefix, StringComparison.Ordinal))
        {
            value = data[ValuePrefix.Length..];
            return true;
        }

        if (data.StartsWith(OutboxPrefix, StringComparison.Ordinal)
            && data[OutboxPrefix.Length..].Split(':') is [var id, var index]
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var outboxId)
            && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var choiceIndex))
        {
            key = (outboxId, choiceIndex);
            return true;
        }

        return false;
    }
}
