using BuurtBot.Dialogs.Conversations.Consent;
using BuurtBot.Dialogs.Conversations.MijnInitiatieven;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using InitiatiefIntake = BuurtBot.Dialogs.Conversations.NieuwInitiatief.InitiatiefDialog;

namespace BuurtBot.Dialogs.Conversations.Main;

/// <summary>
/// The resident's home: first the privacy question (once), then the menu, then whatever they
/// chose, and back to the menu. Begun with a share code (a link opened before the privacy
/// question), it opens that initiatief once the resident agreed.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string StepsId = "main.steps";
    internal const string MenuPrompt = "main.menu";
    private const string SteunCodeKey = "steun";
    private const string LoopOption = "loop";
    private const string HandedOverKey = "handedOver";

    private readonly ConversationPorts _ports;

    public MainDialog(Domain.Areas.AreaCatalog areas, ConversationPorts ports)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(ports);
        _ports = ports;
        AddDialog(new WaterfallDialog(StepsId,
        [
            AskConsentOnceAsync,
            OpenSteunLinkAsync,
            ShowMenuAsync,
            OpenChoiceAsync,
            OfferPeilingenOnceAsync,
            BackToMenuAsync,
        ]));
        AddDialog(new ChoicePrompt(MenuPrompt) { Synonyms = locale => Menu.Synonyms(locale, MenuWords.Phrases) });
        AddDialog(new ConsentDialog(ports.ResidentData.Retention));
        AddDialog(new InitiatiefIntake(areas, ports.Initiatieven, ports.ShareLinks, ports.Wijkagenda, ports.Photos));
        AddDialog(new MijnInitiatievenDialog(ports.Initiatieven, ports.ShareLinks, ports.Coordinators));
        AddDialog(new PrivacyDialog(ports.ResidentData));
        AddDialog(new SteunDialog(ports.Steun));
        if (ports.Wijkagenda is { } wijkagenda)
        {
            AddDialog(new WijkagendaDialog(areas, wijkagenda));
        }

        if (ports.Wijkgesprek is { } wijkgesprek)
        {
            AddDialog(new WijkgesprekDialog(areas, wijkgesprek));
        }

        if (ports.Peilingen is { } peilingen)
        {
            AddDialog(new PeilingenChoiceDialog(areas, peilingen));
        }
    }

    internal static readonly OptionChoices<MenuOption> Menu = new(
        (MenuOption.NieuwInitiatief, locale => Say.Text(nameof(ConversationTexts.MenuNewInitiatief), locale)),
        (MenuOption.MijnInitiatieven, locale => Say.Text(nameof(ConversationTexts.MenuMyInitiatieven), locale)),
        (MenuOption.Wijkagenda, locale => WijkagendaText.Get(nameof(WijkagendaTexts.MenuItem), locale)),
        (MenuOption.Coordinator, locale => Say.Text(nameof(ConversationTexts.MenuCoordinator), locale)),
        (MenuOption.Privacy, locale => Say.Text(nameof(ConversationTexts.MenuPrivacy), locale)),
        (MenuOption.Wijkgesprek, locale => WijkgesprekText.Get(nameof(WijkgesprekTexts.MenuItem), locale)));

    private static async Task<DialogTurnResult> AskConsentOnceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A share link opened before the privacy question: kept until the resident has answered it,
        // so agreeing leads straight to the initiatief they came for.
        if (step.Options is string code && code != LoopOption)
        {
            step.SetValue(SteunCodeKey, code);
        }

        return step.Context.ConsentGiven
            ? await step.NextAsync(true, cancellationToken)
            : await step.BeginDialogAsync(ConsentDialog.DialogId, null, cancellationToken);
    }

    private static async Task<DialogTurnResult> OpenSteunLinkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return step.GetValue<string>(SteunCodeKey) is { } code
            ? await step.BeginDialogAsync(SteunDialog.DialogId, code, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowMenuAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        return await step.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.MenuQuestion), locale),
            Choices = Menu.For(locale),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenChoiceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Menu.Picked(step))
        {
            case MenuOption.NieuwInitiatief:
                // "ik heb een idee voor een bankje bij de school": that sentence is the first draft of the description.
                var idea = step.Context.Activity.Value is null ? MenuWords.IdeaIn(step.Context.Activity.Text) : null;
                return await step.BeginDialogAsync(
                    InitiatiefIntake.DialogId,
                    idea is null ? null : new NieuwInitiatief.IntakeDraft { FirstIdea = idea }.ToJson(),
                    cancellationToken);
            case MenuOption.MijnInitiatieven:
                return await step.BeginDialogAsync(MijnInitiatievenDialog.DialogId, null, cancellationToken);
            case MenuOption.Wijkagenda:
                return await step.BeginDialogAsync(WijkagendaDialog.DialogId, null, cancellationToken);
            case MenuOption.Wijkgesprek when _ports.Wijkgesprek is not null:
                return await step.BeginDialogAsync(WijkgesprekDialog.DialogId, null, cancellationToken);
            case MenuOption.Wijkgesprek:
                // A host without the wijkjaar: back to the menu.
                return await step.NextAsync(null, cancellationToken);
            case MenuOption.Coordinator:
                step.SetValue(HandedOverKey, true);
                step.Context.After(new HandOffToCoordinator("menu"));
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                return await step.BeginDialogAsync(PrivacyDialog.DialogId, null, cancellationToken);
        }
    }

    // Loop the steps, not the dialog: replacing with DialogId from in here would nest a second
    // main inside this one's stack, which a reprompt (event, help, reopened chat) cannot find.
    private static Task<DialogTurnResult> BackToMenuAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(StepsId, LoopOption, cancellationToken);

    /// <summary>
    /// Peilingen are offered once, after the resident's first errand is done: by then they know what
    /// the bot is for, and the first contact already has the privacy question. Not when they just
    /// asked for a person, and only when the host keeps peilingen at all.
    /// </summary>
    private async Task<DialogTurnResult> OfferPeilingenOnceAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Context.ConsentGiven && !step.GetValue<bool>(HandedOverKey)
            && _ports.Peilingen is { } peilingen
            && !(await peilingen.GetChoiceAsync(step.Context.ResidentId(), cancellationToken)).Asked
            ? await step.BeginDialogAsync(PeilingenChoiceDialog.EventName, PeilingenChoiceDialog.Ask, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
}
