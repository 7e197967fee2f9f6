using System.Globalization;
using System.Text;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Conversations.Consent;
using BuurtBot.Dialogs.Conversations.Main;
using BuurtBot.Dialogs.Conversations.MijnInitiatieven;
using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Wederkerigheid;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Tests.Testing;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Dialogs.Understanding;

/// <summary>
/// The understanding of BuurtBot as a measured figure: every utterance of <see cref="ResidentCorpus"/>
/// goes through what the conversation does with a message — the global commands first (but 'help'
/// only when the question does not take it), then the very prompt (and buttons) the dialog asks
/// with — and must get its meaning. The share understood
/// is printed per prompt family and must be at least <see cref="Threshold"/> for each.
/// </summary>
public sealed class UnderstandingCorpusTests(ITestOutputHelper output)
{
    private const double Threshold = 0.95;

    private static readonly AreaCatalog Areas = AreaCatalogLoader.FromEmbeddedDefault();
    private static readonly FakeResidentServices Host = new();
    private static readonly Guid SteunPeiling = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid OwnPeiling = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    [Fact]
    public void TheCorpusHasAtLeast300UtterancesOverEveryPromptFamily()
    {
        Assert.True(ResidentCorpus.All.Count >= 300, $"{ResidentCorpus.All.Count} utterances");
        Assert.Equal(11, ResidentCorpus.All.Select(u => u.Family).Distinct().Count());
    }

    [Fact]
    public void EveryPromptFamilyUnderstandsAtLeast95PercentOfWhatResidentsType()
    {
        var report = new StringBuilder();
        var failing = new List<string>();
        foreach (var family in ResidentCorpus.All.GroupBy(u => u.Family))
        {
            var misses = family.Select(u => (u, Got: Understand(u))).Where(x => x.Got != x.u.Meaning).ToList();
            var share = 1.0 - (double)misses.Count / family.Count();
            report.AppendLine(CultureInfo.InvariantCulture, $"{family.Key,-22} {share,7:P1} understood ({family.Count() - misses.Count}/{family.Count()})");
            foreach (var (u, got) in misses)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    [{u.Locale}] '{u.Text}' should mean {u.Meaning}, got {got}");
            }

            if (share < Threshold)
            {
                failing.Add(family.Key);
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(failing.Count == 0, $"Below {Threshold:P0}: {string.Join(", ", failing)}\n{report}");
    }

    /// <summary>
    /// What beheerders proposed on the Gesprekken-inzicht ("Dit betekent:"), downloaded as TSV into
    /// <c>Voorstellen/</c>: every line must now mean the button it was proposed for, at the same question with
    /// the same buttons. A line that fails is made to pass in the conversations, or taken out with the reason
    /// in the commit when the team does not agree with the proposal.
    /// </summary>
    [Fact]
    public void EveryProposalFromTheGesprekkenInzichtMeansItsButton()
    {
        var folder = Path.Combine(Repository.Root(), "BuurtBot.Tests", "Dialogs", "Understanding", "Voorstellen");
        var files = Directory.GetFiles(folder, "*.tsv");
        Assert.NotEmpty(files);
        var misses = new List<string>();
        var count = 0;
        foreach (var file in files)
        {
            foreach (var line in VoorstellenTsv.Read(File.ReadAllText(file)))
            {
                count++;
                Assert.Contains(line.Family, OnbegrepenPlaces.Families);
                var got = UnderstandValue(line);
                if (got != line.Meaning)
                {
                    misses.Add($"{Path.GetFileName(file)}: [{line.Family}, {line.Locale}] '{line.Text}' should mean '{line.Meaning}', got '{got}'");
                }
            }
        }

        output.WriteLine($"{count - misses.Count}/{count} proposals understood");
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }

    /// <summary>Every question a beheerder can propose for is one this test can ask: none falls through.</summary>
    [Fact]
    public void EveryFamilyAProposalCanHaveIsAQuestionHere()
    {
        foreach (var family in OnbegrepenPlaces.Families)
        {
            Assert.Contains(family, ResidentCorpus.All.Select(u => u.Family));
            var (prompt, choices, _) = Question(family, "nl-NL", SteunPeiling, [.. PeilingRules.SteunOptions], buurtenOf: "Zuidwest");
            Assert.NotNull(prompt);
            Assert.NotEmpty(choices!);
        }
    }

    /// <summary>The button's value the prompt returns for a proposal's text, "command:…" when a global command takes it, "?" when none.</summary>
    private static string UnderstandValue(VoorstellenTsv.Line line)
    {
        var message = InboundMessage.FromText(line.Text);
        if (GlobalCommandRecognizer.Recognize(message) is { } command and not GlobalCommand.Help)
        {
            return "command:" + Describe(command);
        }

        var buurtenOf = line.Wijk ?? "Zuidwest";
        var (prompt, choices, _) = Question(line.Family, line.Locale, SteunPeiling, [.. PeilingRules.SteunOptions], buurtenOf);
        var understood = Ask(prompt, choices, message, line.Locale, new Dictionary<string, object?>());
        return understood.Kind == PromptUnderstandingKind.Answer ? Value(understood.Value) : "?";
    }

    /// <summary>What the conversation makes of the utterance at its family's question.</summary>
    private static string Understand(ResidentCorpus.Utterance utterance)
    {
        var text = utterance.Text;
        var locale = utterance.Locale;
        var peilingOptions = PeilingRules.SteunOptions.ToList();
        var peilingId = SteunPeiling;
        if (utterance.Family == ResidentCorpus.Peiling && text.StartsWith("opt:", StringComparison.Ordinal))
        {
            text = text[4..];
            peilingOptions = ["Ja, goed idee", "Nee, liever niet", "Weet ik niet"];
            peilingId = OwnPeiling;
        }

        var message = InboundMessage.FromText(text);
        var command = GlobalCommandRecognizer.Recognize(message);
        // As GlobalCommandHandler does: a check-in button is the open check-in's answer.
        var checkInOpen = utterance.Family is ResidentCorpus.CheckIn or ResidentCorpus.CheckInComment;
        if (command is not null and not GlobalCommand.Help && !(command is GlobalCommand.OldCheckInAnswer && checkInOpen))
        {
            return Describe(command);
        }

        var (prompt, choices, meaning) = Question(utterance.Family, locale, peilingId, peilingOptions, buurtenOf: "Zuidwest");
        var state = new Dictionary<string, object?>();
        var understood = Ask(prompt, choices, message, locale, state);

        // As GlobalCommandHandler does: "help" is the open question's answer when it takes it ("Hulp nodig").
        if (command is GlobalCommand.Help && understood.Kind != PromptUnderstandingKind.Answer)
        {
            return Describe(command);
        }
        return understood.Kind switch
        {
            PromptUnderstandingKind.Answer => meaning(understood.Value),
            PromptUnderstandingKind.SmallTalk => "smalltalk",
            _ when state.TryGetValue("candidates", out var saved) && saved is IList<object?> candidates =>
                "ask:" + string.Join('|', candidates.OfType<long>().Select(i => choices![(int)i].Title)),
            _ => "?",
        };
    }

    /// <summary>The message as an answer to the prompt's question with these buttons, in this language.</summary>
    private static PromptUnderstanding Ask(IUnderstandingPrompt prompt, IReadOnlyList<ReplyChoice>? choices, InboundMessage message, string locale, Dictionary<string, object?> state)
    {
        var turn = new TurnContext(message, new ConversationReference(Guid.NewGuid(), "test"), TimeProvider.System) { Locale = locale };
        return prompt.Understand(turn, state, new PromptOptions { Prompt = "?", Choices = choices });
    }

    /// <summary>The question a family's utterances answer: its prompt, its buttons in <paramref name="locale"/>, and what an answer means.</summary>
    private static (IUnderstandingPrompt Prompt, IReadOnlyList<ReplyChoice>? Choices, Func<object?, string> Meaning) Question(
        string family, string locale, Guid peilingId, List<string> peilingOptions, string buurtenOf) =>
        family switch
        {
            ResidentCorpus.Privacy => (Prompt(new ConsentDialog(DataRetention.Default), ConsentDialog.AnswerPrompt), ConsentDialog.Answers.For(locale),
                (Func<object?, string>)(value => ConsentDialog.Answers.Find(Value(value), locale).ToString()!)),
            ResidentCorpus.Menu => (Prompt(new MainDialog(Areas, Host.Ports), MainDialog.MenuPrompt), MainDialog.Menu.For(locale),
                value => MainDialog.Menu.Find(Value(value), locale) is MenuOption.Coordinator ? "person" : MainDialog.Menu.Find(Value(value), locale).ToString()!),
            ResidentCorpus.Wijk => (Prompt(Intake(), IntakeQuestionDialog.WijkPromptId), IntakeQuestionDialog.WijkChoices(Areas), Value),
            ResidentCorpus.Buurt => (Prompt(Intake(), IntakeQuestionDialog.ChoicePromptId), IntakeQuestionDialog.BuurtChoices(Areas.FindWijk(buurtenOf)!.Buurten, locale), Value),
            ResidentCorpus.Thema => (Prompt(Intake(), IntakeQuestionDialog.ChoicePromptId), IntakeQuestionDialog.ThemaChoices(locale), Value),
            ResidentCorpus.YesNo => (Prompt(new MijnInitiatievenDialog(Host, Host, Host), MijnInitiatievenDialog.ConfirmPromptId), null,
                value => value is true ? "yes" : "no"),
            ResidentCorpus.Wederkerigheid => (Prompt(new WederkerigheidDialog(), WederkerigheidDialog.PickPrompt),
                WederkerigheidDialog.PickChoices(WederkerigheidState.For(Thema.SpelenEnBewegen), locale), Value),
            ResidentCorpus.Deal => (Prompt(new DealReviewDialog(Host, Host), DealReviewDialog.AnswerPrompt), DealReviewDialog.Answers.For(locale),
                value => DealReviewDialog.Answers.Find(Value(value), locale).ToString()!),
            ResidentCorpus.CheckIn => (Prompt(CheckIn(), CheckInDialog.ProgressPromptId), CheckInDialog.ProgressChoices(locale), Value),
            ResidentCorpus.CheckInComment => (Prompt(CheckIn(), CheckInDialog.CommentPromptId), CheckInDialog.CommentChoices(locale),
                value => value is CommentOrPhoto { Comment: null, PhotoReference: null } ? "skip" : "comment"),
            ResidentCorpus.Peiling => (Prompt(new PeilingDialog(null!), PeilingDialog.PromptId), PeilingDialog.Choices(peilingId, peilingOptions),
                value => PeilingToken.TryParse(Value(value), out _, out var index) ? index.ToString(CultureInfo.InvariantCulture) : "?"),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "A family without its question: add it here."),
        };

    private static string Value(object? value) => value is FoundChoice found ? found.Value : value?.ToString() ?? "";

    private static IntakeQuestionDialog Intake() => new(Areas, null);

    private static CheckInDialog CheckIn() => new(new FakeMonitoringStore());

    private static IUnderstandingPrompt Prompt(ComponentDialog dialog, string promptId) =>
        dialog.FindDialog(promptId) as IUnderstandingPrompt
        ?? throw new InvalidOperationException($"{dialog} has no prompt '{promptId}'.");

    private static string Describe(GlobalCommand command) => command switch
    {
        GlobalCommand.SwitchLanguage(var locale) => "lang:" + locale[..2],
        GlobalCommand.AskForPerson => "person",
        GlobalCommand.Back => "back",
        GlobalCommand.Menu => "menu",
        GlobalCommand.Help => "help",
        GlobalCommand.Stop => "stop",
        _ => command.GetType().Name,
    };
}
