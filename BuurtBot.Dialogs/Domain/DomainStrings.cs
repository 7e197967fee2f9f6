namespace BuurtBot.Dialogs.Domain;

/// <summary>Small string rules the domain types share.</summary>
internal static class DomainStrings
{
    /// <summary>The text cut to <paramref name="max"/> characters; null and short texts as they are.</summary>
    public static string? Cut(string? text, int max) => text is { Length: > 0 } t && t.Length > max ? t[..max] : text;
}
