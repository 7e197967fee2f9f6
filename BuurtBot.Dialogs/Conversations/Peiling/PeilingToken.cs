using System.Globalization;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// The value behind a peiling's answer button: <c>peiling:&lt;id&gt;:&lt;option&gt;</c>. A tap on it
/// counts at any time until the peiling closes, also long after the question scrolled away. Pure.
/// </summary>
public static class PeilingToken
{
    private const string Prefix = "peiling:";

    public static string For(Guid peilingId, int optionIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{peilingId:N}:{optionIndex}");

    public static bool TryParse(string? value, out Guid peilingId, out int optionIndex)
    {
        peilingId = Guid.Empty;
        optionIndex = -1;
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[Prefix.Length..].Split(':');
        return parts.Length == 2
            && Guid.TryParseExact(parts[0], "N", out peilingId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out optionIndex)
            && optionIndex is >= 0 and < 10;
    }
}
