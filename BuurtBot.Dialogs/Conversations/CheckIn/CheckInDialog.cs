using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>
/// The monitoring check-in, begun by the host's "checkin" event with a <see cref="CheckInRequest"/>:
/// for each open resident afspraak "Hoe gaat het met …?" (Loopt goed · Loopt achter · Hulp nodig),
/// then an optional comment or photo. Each answer is recorded as it comes, so a check-in broken
/// off halfway keeps what was said. "Hulp nodig" hands the chat to the coordinators at the end.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    public const string EventName = "checkin";

    private const string StartId = "checkin.start";
    private const string AfspraakId = "checkin.afspraak";
    internal const string ProgressPromptId = "checkin.progress";
    internal const string CommentPromptId = "checkin.comment";
    private const string ProgressKey = "progress";

    /// <summary>How residents say how it goes, by the progress each button carries.</summary>
    private static readonly ChoiceSynonyms ProgressWords = new(
    [
        KeyValuePair.Create(nameof(CheckInProgress.LooptGoed), new[] { "goed", "gaat goed", "loopt", "prima", "super", "top", "klaar", "af", "op schema", "volgens plan", "fine", "well", "good", "done", "on track", "on schedule" }),
        KeyValuePair.Create(nameof(CheckInProgress.LooptAchter), new[]
        {
            "achter", "achterstand", "vertraging", "vertraagd", "langzaam", "niet zo goed", "niet goed", "nog niet af", "nog niet klaar", "kost meer tijd",
            "behind", "late", "slow", "delayed", "not so good", "not done",
        }),
        KeyValuePair.Create(nameof(CheckInProgress.HulpNodig), new[]
        {
            "hulp", "help", "helpen", "lukt niet", "het lukt niet", "vast", "zitten vast", "probleem", "problemen", "hulp nodig", "need help", "stuck", "problem",
        }),
    ]);

    private readonly IMonitoringStore _monitoring;

    public CheckInDialog(IMonitoringStore monitoring)
        : base(EventName)
    {
        _monitoring = monitoring;
        AddDialog(new WaterfallDialog(StartId, [StartAsync]));
        AddDialog(new WaterfallDialog(AfspraakId, [AskProgressAsync, AskCommentAsync, RecordAsync]));
        AddDialog(new ChoicePrompt(ProgressPromptId) { Synonyms = _ => ProgressWords });
        AddDialog(new CommentOrPhotoPrompt(CommentPromptId));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A request the bot cannot read, or a deal that moved on since it was sent: nothing to ask.
        if (CheckInRequest.Parse(step.Options as string) is not { } request
            || await _monitoring.FindCheckInSubjectAsync(request.InitiatiefId, cancellationToken) is not { Afspraken.Count: > 0 } subject)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        await step.Context.SendAsync(Intro(request, subject.Title, step.Context.UtcNow(), locale), cancellationToken);
        var draft = new CheckInDraft(request, subject.Afspraken, 0, HelpNeeded: false);
        return await step.ReplaceDialogAsync(AfspraakId, draft.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskProgressAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = CheckInDraft.Parse(step.Options);
        var locale = step.Context.Locale;

        // The deal may have moved on while the resident took their time (days, for a reminder): ask
        // only what still applies, and say so kindly when nothing does.
        var subject = await _monitoring.FindCheckInSubjectAsync(draft.Request.InitiatiefId, cancellationToken);
        if (subject is null)
        {
            await step.Context.SendAsync(CheckInText.Get(nameof(CheckInTexts.CheckInNoLongerNeeded), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (subject.Afspraken.All(a => a.Id != draft.Current.Id))
        {
            // Done meanwhile: on to the next one, or the end.
            var next = draft with { Index = draft.Index + 1 };
            if (!draft.IsLast)
            {
                return await step.ReplaceDialogAsync(AfspraakId, next.ToJson(), cancellationToken);
            }

            if (draft.Index == 0)
            {
                await step.Context.SendAsync(CheckInText.Get(nameof(CheckInTexts.CheckInNoLongerNeeded), locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            return await FinishAsync(step, next, behind: false, cancellationToken);
        }

        return await step.PromptAsync(ProgressPromptId, new PromptOptions
        {
            Prompt = draft.Current.DueDate is { } due
                ? CheckInText.Get(nameof(CheckInTexts.AskProgressDue), locale, draft.Current.Description, due.ToString("d MMMM yyyy", Texts.CultureFor(locale)))
                : CheckInText.Get(nameof(CheckInTexts.AskProgress), locale, draft.Current.Description),
            Choices = ProgressChoices(locale),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskCommentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(ProgressKey, ((FoundChoice)step.Result!).Value);
        var locale = step.Context.Locale;
        return step.PromptAsync(CommentPromptId, new PromptOptions
        {
            Prompt = CheckInText.Get(nameof(CheckInTexts.AskComment), locale),
            Choices = CommentChoices(locale),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = CheckInDraft.Parse(step.Options);
        var progress = Enum.Parse<CheckInProgress>(step.GetValue<string>(ProgressKey)!);
        var extra = (CommentOrPhoto)step.Result!;
        var store = _monitoring;
        var residentId = step.Context.Conversation.ConversationId.ToString("D");
        await store.RecordCheckInAsync(
            new CheckInAnswer(draft.Request.InitiatiefId, draft.Current.Id, draft.Request.RoundKey, progress, extra.Comment, extra.PhotoReference, residentId),
            cancellationToken);

        var next = draft with { Index = draft.Index + 1, HelpNeeded = draft.HelpNeeded || progress == CheckInProgress.HulpNodig };
        if (!draft.IsLast)
        {
            return await step.ReplaceDialogAsync(AfspraakId, next.ToJson(), cancellationToken);
        }

        return await FinishAsync(step, next, progress == CheckInProgress.LooptAchter, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CheckInDraft done, bool behind, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (done.HelpNeeded)
        {
            await _monitoring.RequestHelpAsync(step.Context.Conversation.ConversationId, done.Request.InitiatiefId, cancellationToken);
            await step.Context.SendAsync(CheckInText.Get(nameof(CheckInTexts.HelpRequested), locale), cancellationToken);
        }
        else
        {
            await step.Context.SendAsync(CheckInText.Get(behind ? nameof(CheckInTexts.ThanksBehind) : nameof(CheckInTexts.Thanks), locale), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The first question's intro; a reminder says how long ago the check-in was really asked.</summary>
    private static string Intro(CheckInRequest request, string title, DateTime now, string locale)
    {
        if (!request.Reminder)
        {
            return CheckInText.Get(nameof(CheckInTexts.Intro), locale, title);
        }

        return request.AskedUtc is { } asked && now >= asked
            ? CheckInText.Get(nameof(CheckInTexts.IntroReminder), locale, title, Elapsed(now - asked, locale))
            : CheckInText.Get(nameof(CheckInTexts.IntroReminderEarlier), locale, title);
    }

    /// <summary>"een week", "10 dagen", "3 weken": whole days, in weeks once they are whole weeks.</summary>
    internal static string Elapsed(TimeSpan elapsed, string locale)
    {
        var days = Math.Max(1, (int)Math.Round(elapsed.TotalDays));
        return days switch
        {
            1 => CheckInText.Get(nameof(CheckInTexts.ElapsedOneDay), locale),
            7 => CheckInText.Get(nameof(CheckInTexts.ElapsedOneWeek), locale),
            _ when days % 7 == 0 => CheckInText.Get(nameof(CheckInTexts.ElapsedWeeks), locale, days / 7),
            _ => CheckInText.Get(nameof(CheckInTexts.ElapsedDays), locale, days),
        };
    }

    internal static IReadOnlyList<ReplyChoice> ProgressChoices(string locale) =>
        [.. Enum.GetValues<CheckInProgress>().Select(p => new ReplyChoice(CheckInText.Get(TextKey(p), locale), p.ToString()))];

    internal static IReadOnlyList<ReplyChoice> CommentChoices(string locale) =>
        [new ReplyChoice(CheckInText.Get(nameof(CheckInTexts.Skip), locale), CommentOrPhotoPrompt.SkipValue)];

    private static string TextKey(CheckInProgress progress) => progress switch
    {
        CheckInProgress.LooptGoed => nameof(CheckInTexts.LooptGoed),
        CheckInProgress.LooptAchter => nameof(CheckInTexts.LooptAchter),
        _ => nameof(CheckInTexts.HulpNodig),
    };
}
