using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Recognises the global commands. Only a whole message counts ("stop", not "bushalte stoppen
/// hier"), except that a short message naming a person ("ik wil een mens") asks for one. Pure.
/// </summary>
public static class InterruptionRecognizer
{
    /// <summary>Button values the engine itself sends (after a prompt gives up).</summary>
    public const string MenuValue = "menu";

    public const string HumanValue = "medewerker";

    private const int MaxWordsForHumanRequest = 5;

    private static readonly Dictionary<string, Interruption> Commands = new(StringComparer.Ordinal)
    {
        ["stop"] = Interruption.Cancel, ["stoppen"] = Interruption.Cancel, ["annuleer"] = Interruption.Cancel,
        ["annuleren"] = Interruption.Cancel, ["cancel"] = Interruption.Cancel, ["/stop"] = Interruption.Cancel, ["/cancel"] = Interruption.Cancel,
        ["help"] = Interruption.Help, ["hulp"] = Interruption.Help, ["/help"] = Interruption.Help, ["help me"] = Interruption.Help,
        ["menu"] = Interruption.Menu, ["hoofdmenu"] = Interruption.Menu, ["/menu"] = Interruption.Menu,
        ["naar het menu"] = Interruption.Menu, ["terug naar het menu"] = Interruption.Menu, ["terug naar menu"] = Interruption.Menu,
        ["main menu"] = Interruption.Menu,
        ["terug"] = Interruption.Back, ["vorige"] = Interruption.Back, ["vorige vraag"] = Interruption.Back,
        ["ga terug"] = Interruption.Back, ["back"] = Interruption.Back, ["/terug"] = Interruption.Back,
    };

    private static readonly HashSet<string> HumanWords = new(StringComparer.Ordinal)
    {
        "mens", "medewerker", "coordinator", "buurtcoordinator", "human", "person",
    };

    public static Interruption? Recognize(InboundMessage activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Kind != InboundKind.Message)
        {
            return null;
        }

        return Recognize(activity.Value) ?? Recognize(activity.Text);
    }

    private static bool NamesAPerson(string folded)
    {
        foreach (var word in HumanWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static Interruption? Recognize(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (Commands.TryGetValue(folded, out var command))
        {
            return command;
        }

        // Most messages name no person at all: skip splitting them into words.
        if (!NamesAPerson(folded))
        {
            return null;
        }

        var words = TextNormalizer.Words(folded);
        return words.Length <= MaxWordsForHumanRequest && words.Any(HumanWords.Contains) ? Interruption.Human : null;
    }
}
