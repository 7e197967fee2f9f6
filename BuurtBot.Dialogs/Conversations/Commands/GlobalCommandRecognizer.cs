using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Commands;

/// <summary>
/// The one table of what a resident can say anywhere. Only a whole message counts ("stop", not
/// "bushalte stoppen hier"), except that a short message naming a person ("ik wil een mens", "kan
/// ik iemand spreken?") asks for one, and a short message naming a language and nothing else
/// ("english please", "kunnen we Nederlands praten?") switches to it. Pure: a function of the
/// message, so the table is a plain test.
/// </summary>
public static class GlobalCommandRecognizer
{
    /// <summary>Button values the conversations send for the menu and for a person (after a prompt gave up).</summary>
    public const string MenuValue = "menu";

    public const string HumanValue = "medewerker";

    private const int MaxWordsForHumanRequest = 8;

    /// <summary>A language named in a message this short is a request to speak it.</summary>
    private const int MaxWordsForLanguageRequest = 7;

    private static readonly HashSet<string> EnglishNames = new(StringComparer.Ordinal) { "english", "engels", "engelse", "inglés", "englisch" };
    private static readonly HashSet<string> DutchNames = new(StringComparer.Ordinal) { "nederlands", "dutch", "nederlandse", "hollands" };

    /// <summary>Words that make a language named in a sentence something else than a request ("ik ben niet Nederlands").</summary>
    private static readonly HashSet<string> NotALanguageRequest = new(StringComparer.Ordinal)
    {
        "niet", "geen", "not", "don't", "ben", "am", "woon", "buren", "neighbours", "les", "lessen", "cursus", "taalcafe", "leren", "learn",
    };

    /// <summary>"iemand spreken", "talk to someone": asking for a person without the word for one.</summary>
    private static readonly string[] PersonPhrases =
    [
        "iemand spreken", "iemand bellen", "met iemand praten", "iemand praten", "iemand van de gemeente", "echt iemand",
        "talk to someone", "speak to someone", "talk to somebody", "speak to somebody", "someone to talk", "a real person", "call someone",
    ];

    // Language and privacy words are matched as typed (case and a closing ".", "!" or "?" aside),
    // the rest after folding accents and spaces (TextNormalizer).
    private static readonly string[] EnglishWords = ["english", "engels", "in english"];
    private static readonly string[] DutchWords = ["nederlands", "dutch", "in het nederlands"];
    private static readonly string[] ExportWords = ["mijn gegevens", "my data"];
    private static readonly string[] EraseWords = ["vergeet mij", "forget me"];

    private static readonly HashSet<string> PeilingenOffWords = new(StringComparer.Ordinal)
    {
        "geen peilingen", "geen peiling", "stop peilingen", "peilingen uit", "no polls", "stop polls",
    };

    private static readonly HashSet<string> PeilingenOnWords = new(StringComparer.Ordinal)
    {
        "wel peilingen", "peilingen aan", "ja peilingen", "yes polls", "polls on",
    };

    private static readonly GlobalCommand Stop = new GlobalCommand.Stop();
    private static readonly GlobalCommand Help = new GlobalCommand.Help();
    private static readonly GlobalCommand Menu = new GlobalCommand.Menu();
    private static readonly GlobalCommand Back = new GlobalCommand.Back();

    private static readonly Dictionary<string, GlobalCommand> Commands = new(StringComparer.Ordinal)
    {
        ["stop"] = Stop, ["stoppen"] = Stop, ["annuleer"] = Stop, ["annuleren"] = Stop, ["cancel"] = Stop, ["/stop"] = Stop, ["/cancel"] = Stop,
        ["help"] = Help, ["hulp"] = Help, ["/help"] = Help, ["help me"] = Help,
        [MenuValue] = Menu, ["hoofdmenu"] = Menu, ["/menu"] = Menu,
        ["naar het menu"] = Menu, ["terug naar het menu"] = Menu, ["terug naar menu"] = Menu, ["main menu"] = Menu,
        ["terug"] = Back, ["vorige"] = Back, ["vorige vraag"] = Back, ["ga terug"] = Back, ["back"] = Back, ["/terug"] = Back,
    };

    private static readonly HashSet<string> HumanWords = new(StringComparer.Ordinal)
    {
        "mens", HumanValue, "coordinator", "buurtcoordinator", "human", "person",
    };

    /// <summary>The command <paramref name="activity"/> gives, or null when it is for the open question.</summary>
    public static GlobalCommand? Recognize(InboundMessage activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Kind == InboundKind.Message ? activity.Text?.Trim() : null;
        if (Matches(text, EnglishWords) || NamesOnlyALanguage(text, EnglishNames))
        {
            return new GlobalCommand.SwitchLanguage("en-GB");
        }

        if (Matches(text, DutchWords) || NamesOnlyALanguage(text, DutchNames))
        {
            return new GlobalCommand.SwitchLanguage("nl-NL");
        }

        if (Matches(text, ExportWords))
        {
            return new GlobalCommand.ExportData();
        }

        if (Matches(text, EraseWords))
        {
            return new GlobalCommand.EraseData();
        }

        // A share link also opens the chat (a start payload), so it counts on every kind of turn.
        if (SteunLink.CodeFrom(activity) is { } code)
        {
            return new GlobalCommand.OpenShareLink(code);
        }

        return activity.Kind == InboundKind.Message ? PeilingCommand(activity) ?? CheckInButton(activity) ?? FromWords(activity.Value) ?? FromWords(activity.Text) : null;
    }

    /// <summary>
    /// A check-in button's own value (Telegram sends it as the text): its question may be long gone.
    /// Only the value, never the typed words, so "loopt goed" typed elsewhere stays an answer there.
    /// </summary>
    private static GlobalCommand.OldCheckInAnswer? CheckInButton(InboundMessage activity) =>
        (activity.Value ?? activity.Text) is { } value && (value == CommentOrPhotoPrompt.SkipValue || Enum.GetNames<CheckInProgress>().Contains(value, StringComparer.Ordinal))
            ? new GlobalCommand.OldCheckInAnswer()
            : null;

    private static GlobalCommand? PeilingCommand(InboundMessage activity)
    {
        if (activity.PollVote is { } vote)
        {
            int? option = vote.OptionIds.Count == 0 ? null : vote.OptionIds[0];
            return new GlobalCommand.AnswerPeiling(new PeilingAnswerRequest(null, vote.ChannelPollId, option));
        }

        // Telegram's buttons come back as text, the other channels' as a value.
        if (PeilingToken.TryParse(activity.Value, out var id, out var index) || PeilingToken.TryParse(activity.Text, out id, out index))
        {
            return new GlobalCommand.AnswerPeiling(new PeilingAnswerRequest(id, null, index));
        }

        var folded = TextNormalizer.Fold(activity.Text);
        return PeilingenOffWords.Contains(folded) ? new GlobalCommand.PeilingenOff()
            : PeilingenOnWords.Contains(folded) ? new GlobalCommand.PeilingenOn()
            : null;
    }

    private static GlobalCommand? FromWords(string? text)
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
        var sentence = $" {string.Join(' ', words)} ";
        return words.Length <= MaxWordsForHumanRequest
            && (words.Any(HumanWords.Contains) || PersonPhrases.Any(phrase => sentence.Contains($" {phrase} ", StringComparison.Ordinal)))
            ? new GlobalCommand.AskForPerson()
            : null;
    }

    /// <summary>"english please", "kunnen we Nederlands praten?", "do you speak english?": a short message about a language only.</summary>
    private static bool NamesOnlyALanguage(string? text, HashSet<string> names)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return false;
        }

        var words = TextNormalizer.Words(folded);
        return words.Length <= MaxWordsForLanguageRequest && words.Any(names.Contains) && !words.Any(NotALanguageRequest.Contains);
    }

    private static bool NamesAPerson(string folded)
    {
        if (folded.Contains("iemand", StringComparison.Ordinal) || folded.Contains("some", StringComparison.Ordinal) || folded.Contains("real person", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in HumanWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string? text, string[] words) =>
        text is not null && words.Contains(text.TrimEnd('.', '!', '?'), StringComparer.OrdinalIgnoreCase);
}
