using System.Globalization;
using System.Resources;

namespace BuurtBot.Dialogs.Resources;

/// <summary>
/// The texts of one .resx, in the resident's language: the one lookup every conversation uses. The
/// generated resource classes have one static Culture for the whole process, which concurrent turns
/// in different languages would race on, so a text is always fetched, and formatted, with an explicit
/// culture. Give keys as <c>nameof(ConversationTexts.AskTitle)</c>, so a key that is not in the
/// .resx fails the build instead of a conversation.
/// </summary>
public sealed class ResourceText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly ResourceManager _resources;
    private readonly string _path;

    /// <param name="resources">The generated class's ResourceManager (thread-safe, shared).</param>
    /// <param name="path">The .resx file, for the message when a key is missing.</param>
    public ResourceText(ResourceManager resources, string path)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _resources = resources;
        _path = path;
    }

    /// <summary>The text under <paramref name="key"/>; with <paramref name="args"/>, formatted in the same culture.</summary>
    public string Get(string key, string? locale, params object[] args)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var culture = CultureFor(locale);
        var text = _resources.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in {_path}; add it there (and to its .en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>Dutch unless the locale is English: the programme speaks Dutch first.</summary>
    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;
}
