namespace BuurtBot.Tests.Testing;

/// <summary>A button under a bot message: what it shows, and what it sends (web chat text, Telegram callback data).</summary>
public sealed record PromptButton(string Title, string Value);

/// <summary>What a resident answers: a button to press, or text to type.</summary>
public sealed record IntakeAnswer(PromptButton? Button, string? Text);

/// <summary>
/// A resident who completes the whole "Nieuw initiatief" intake, following the bot's buttons:
/// consent, menu, wijk, buurt, thema, title, description, doel, neighbours, "Overslaan", own idea
/// (when similar ideas are offered), one bewoners and one gemeente afspraak, "Indienen", and "Nee,
/// liever niet" to making it public and "Nee" to peilingen. Pure: the
/// load generator (which links this file) and the reliability tests drive it over any channel.
/// </summary>
public sealed class IntakeScript(int number)
{
    // The questions without buttons (Dutch texts from ConversationTexts.resx).
    private static readonly string[] FreeTextQuestions =
    [
        "Geef je idee een korte titel", "Vertel wat je idee is", "Wat wil je ermee bereiken", "Hoeveel buren",
        "Waar precies", "Hoeveel geld", "Typ een getal", "Typ een bedrag", "Wat gaan jullie doen? Typ", "Wat vraag je van de gemeente? Typ",
    ];

    private bool _pickedBewoners;
    private bool _pickedGemeente;

    public int Number => number;

    /// <summary>True once "Indienen" was pressed and the menu came back.</summary>
    public bool Finished { get; private set; }

    public bool Submitted { get; private set; }

    /// <summary>Answers the resident has given so far.</summary>
    public int Answers { get; private set; }

    /// <summary>Whether a bot message asks something (it ends the bot's side of a turn).</summary>
    public static bool IsQuestion(string? text, IReadOnlyCollection<PromptButton> buttons) =>
        buttons.Count > 0 || (text is not null && (text.Contains("\n1. ", StringComparison.Ordinal) || FreeTextQuestions.Any(q => text.StartsWith(q, StringComparison.Ordinal))));

    /// <summary>The answer to the bot's latest question; null when the intake is over.</summary>
    public IntakeAnswer? Answer(string text, IReadOnlyList<PromptButton> buttons)
    {
        if (Submitted && buttons.Any(b => b.Title == "Nieuw initiatief"))
        {
            Finished = true;
            return null;
        }

        Answers++;
        if (buttons.Count == 0)
        {
            return new IntakeAnswer(null, text switch
            {
                // Too many choices for the channel's buttons: a numbered list, answered with a number.
                _ when text.Contains("\n1. ", StringComparison.Ordinal) => "1",
                _ when text.StartsWith("Waar precies", StringComparison.Ordinal) => "Overslaan",
                _ when text.StartsWith("Geef je idee", StringComparison.Ordinal) => $"Bankje bij speeltuin {number}",
                _ when text.StartsWith("Vertel", StringComparison.Ordinal) => "We willen een bankje bij de speeltuin zetten, zodat ouders kunnen zitten terwijl de kinderen spelen.",
                _ when text.StartsWith("Wat wil je", StringComparison.Ordinal) => "Dat buren elkaar vaker ontmoeten.",
                _ when text.StartsWith("Hoeveel geld", StringComparison.Ordinal) || text.StartsWith("Typ een bedrag", StringComparison.Ordinal) => "500",
                _ when text.StartsWith("Hoeveel buren", StringComparison.Ordinal) || text.StartsWith("Typ een getal", StringComparison.Ordinal) => "5",
                _ => "We doen het samen met de buren.",
            });
        }

        PromptButton Pick(string title) => buttons.First(b => b.Title == title);
        bool Has(string title) => buttons.Any(b => b.Title == title);

        if (Has("Indienen"))
        {
            Submitted = true;
            return new IntakeAnswer(Pick("Indienen"), null);
        }

        if (Has("Klaar"))
        {
            // Contains, not StartsWith: a channel that joins a reply's messages (Telegram) puts "Genoteerd: …" or the
            // introduction to wederkerigheid before the question.
            var bewoners = text.Contains("Wat gaan jullie als bewoners", StringComparison.Ordinal);
            ref var picked = ref bewoners ? ref _pickedBewoners : ref _pickedGemeente;
            if (picked)
            {
                return new IntakeAnswer(Pick("Klaar"), null);
            }

            picked = true;
            return new IntakeAnswer(buttons.First(b => b.Title is not "Klaar" and not "Zelf iets toevoegen"), null);
        }

        // Asked once after the first finished errand; a simulated resident does not want peilingen.
        if (text.StartsWith("Mag ik je af en toe een korte vraag", StringComparison.Ordinal) && Has("Nee"))
        {
            return new IntakeAnswer(Pick("Nee"), null);
        }

        var choice =
            Has("Ja, maak openbaar") ? Pick("Nee, liever niet")
            : Has("Ja, dat is goed") ? Pick("Ja, dat is goed")
            : Has("Nieuw initiatief") ? Pick("Nieuw initiatief")
            : Has("Overslaan") ? Pick("Overslaan")
            : Has("Nee, mijn eigen idee") ? Pick("Nee, mijn eigen idee")
            : buttons[number % buttons.Count];
        return new IntakeAnswer(choice, null);
    }
}
