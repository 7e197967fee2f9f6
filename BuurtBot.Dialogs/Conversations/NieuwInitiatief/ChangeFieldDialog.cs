using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Wat wil je wijzigen?" from the summary: the resident picks one answer and is asked that question
/// again (a new wijk with its buurt), the rest kept. Begun with the <see cref="IntakeDraft"/> as
/// JSON; ends with the changed draft as JSON.
/// </summary>
public sealed class ChangeFieldDialog : ComponentDialog
{
    public const string DialogId = "initiatief.change";
    private const string FieldPromptId = "initiatief.change.field";
    private const string WijkChangedKey = "wijk";

    public ChangeFieldDialog(AreaCatalog areas, IWijkagendaStore? wijkagenda)
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog("initiatief.change.steps", [AskWhichFieldAsync, AskAgainAsync, AskBuurtAfterWijkAsync]));
        AddDialog(new ChoicePrompt(FieldPromptId));
        AddDialog(new IntakeQuestionDialog(areas, wijkagenda));
    }

    private static Task<DialogTurnResult> AskWhichFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        return step.PromptAsync(FieldPromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskWhichField), locale),
            Choices = [.. Enum.GetValues<IntakeField>().Select(f => new ReplyChoice(FieldTitle(f, locale), f.ToString()))],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var field = Enum.Parse<IntakeField>(((FoundChoice)step.Result!).Value);
        step.SetValue(WijkChangedKey, field == IntakeField.Wijk);
        return Ask(step, Question(field), IntakeDraft.Parse(step.Options), cancellationToken);
    }

    private static Task<DialogTurnResult> AskBuurtAfterWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetValue<bool>(WijkChangedKey)
            ? Ask(step, IntakeQuestion.Buurt, IntakeDraft.Parse(step.Result), cancellationToken)
            : step.NextAsync(step.Result, cancellationToken);

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, IntakeQuestion question, IntakeDraft draft, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(IntakeQuestionDialog.DialogId, new IntakeQuestionRequest(question, draft).ToJson(), cancellationToken);

    private static IntakeQuestion Question(IntakeField field) => field switch
    {
        IntakeField.Wijk => IntakeQuestion.Wijk,
        IntakeField.Thema => IntakeQuestion.Thema,
        IntakeField.Title => IntakeQuestion.Title,
        IntakeField.Description => IntakeQuestion.Description,
        IntakeField.Doel => IntakeQuestion.Doel,
        IntakeField.Neighbours => IntakeQuestion.Neighbours,
        IntakeField.Location => IntakeQuestion.Location,
        _ => IntakeQuestion.Afspraken,
    };

    private static string FieldTitle(IntakeField field, string locale) => Say.Text(
        field switch
        {
            IntakeField.Wijk => nameof(ConversationTexts.SummaryWijk),
            IntakeField.Thema => nameof(ConversationTexts.SummaryThema),
            IntakeField.Title => nameof(ConversationTexts.SummaryTitle),
            IntakeField.Description => nameof(ConversationTexts.SummaryDescription),
            IntakeField.Doel => nameof(ConversationTexts.SummaryDoel),
            IntakeField.Neighbours => nameof(ConversationTexts.SummaryNeighbours),
            IntakeField.Location => nameof(ConversationTexts.SummaryLocation),
            _ => nameof(ConversationTexts.FieldAfspraken),
        },
        locale);
}
