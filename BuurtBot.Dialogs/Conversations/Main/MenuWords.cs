using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Main;

/// <summary>
/// How residents ask for a menu item in their own words: "ik heb een idee voor…", "hoe staat het met
/// mijn idee?", "wat doen jullie met mijn gegevens?". A sentence that names something a thema is
/// about ("bomen", "een bankje") is an idea too. The longest phrase found decides, so "mijn idee" is
/// Mijn initiatieven and not a new idea. Asking for a person is a global command, said anywhere.
/// </summary>
internal static class MenuWords
{
    private static readonly string[] IdeaWords =
    [
        "idee", "ideetje", "initiatief starten", "initiatief beginnen", "initiatief indienen", "nieuw initiatief", "indienen", "voorstel",
        "ik wil", "we willen", "wij willen", "ik zou graag", "kunnen er", "kan er", "zou er", "plan", "aanvragen", "organiseren", "💡",
        "idea", "new initiative", "suggestion", "i want", "we want", "i would like", "propose",
    ];

    public static IReadOnlyDictionary<MenuOption, string[]> Phrases { get; } = new Dictionary<MenuOption, string[]>
    {
        [MenuOption.NieuwInitiatief] = [.. IdeaWords, .. ThemaCatalog.All.SelectMany(ThemaCatalog.Keywords)],
        [MenuOption.MijnInitiatieven] =
        [
            "mijn idee", "mijn ideeen", "mijn ideeën", "mijn initiatief", "mijn initiatieven", "mijn voorstel", "mijn aanvraag", "status",
            "hoe staat het", "hoe gaat het met mijn", "ingediend", "my idea", "my ideas", "my initiative", "my initiatives",
        ],
        [MenuOption.Wijkagenda] = ["wijkagenda", "agenda", "belangrijk", "prioriteiten", "what matters", "important"],
        [MenuOption.Wijkgesprek] = ["praat mee", "meepraten", "wijkgesprek", "over mijn wijk", "over de wijk", "wijkanalyse", "talk about", "my district"],
        [MenuOption.Privacy] = ["gegevens", "privacy", "data", "persoonsgegevens", "avg", "wat bewaren jullie", "personal data"],
    };

    /// <summary>
    /// The idea in a sentence that chose 'Nieuw initiatief' ("ik heb een idee voor een bankje bij de
    /// school"), to keep as the first draft of the description; null when the message only asked for
    /// the intake ("nieuw idee", "1", the button).
    /// </summary>
    public static string? IdeaIn(string? text)
    {
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        var words = Engine.TextNormalizer.Words(Engine.TextNormalizer.Fold(typed));
        var content = words.Count(word => !IntentOnly.Contains(word));
        return content >= 2 ? typed : null;
    }

    /// <summary>Words that only say "I have an idea", not what it is.</summary>
    private static readonly HashSet<string> IntentOnly = new(StringComparer.Ordinal)
    {
        "ik", "heb", "hebben", "we", "wij", "een", "idee", "ideetje", "nieuw", "nieuwe", "initiatief", "initiatieven", "indienen", "starten",
        "beginnen", "wil", "willen", "graag", "voor", "doen", "plan", "voorstel", "hallo", "hoi", "i", "have", "an", "a", "idea", "new",
        "initiative", "want", "to", "submit", "start", "please", "hebt", "er", "is",
    };
}
