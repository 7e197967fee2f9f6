using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>
/// Asks for a comment or a photo, which the resident may skip with the button. A photo with a
/// caption gives both. Any typed text counts as a comment, so the resident is never asked twice.
/// </summary>
public sealed class CommentOrPhotoPrompt(string dialogId) : Prompt<CommentOrPhoto>(dialogId)
{
    /// <summary>The value of the skip button.</summary>
    public const string SkipValue = "checkin:skip";

    protected override Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), options.Choices ?? [], turnContext.Capabilities);
        return turnContext.SendAsync(message, cancellationToken);
    }

    protected override bool TakesAnyText => true;

    protected override bool TakesAttachments => true;

    protected override PromptRecognizerResult<CommentOrPhoto> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var skip = options.Choices is { Count: > 0 } choices ? choices[0] : null;

        // The skip button comes back as its value (Direct Line, Teams), as its value typed into the
        // text (Telegram's callback data) or as its title; a plain "nee" or "niks" skips too. None
        // of those is a comment.
        if (activity.Value == SkipValue
            || activity.Text?.Trim() == SkipValue
            || (skip is not null && TextNormalizer.FoldsTo(activity.Text, TextNormalizer.Fold(skip.Title)))
            || (activity.Attachments.Count == 0 && SaysNothingToAdd(activity.Text)))
        {
            return PromptRecognizerResult<CommentOrPhoto>.Of(CommentOrPhoto.Nothing);
        }

        var text = string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text.Trim();
        var photo = activity.Attachments.FirstOrDefault(a => a.Problem is null && a.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase));
        return photo is null && text is null
            ? PromptRecognizerResult<CommentOrPhoto>.Failed
            : PromptRecognizerResult<CommentOrPhoto>.Of(new CommentOrPhoto(text, photo?.Reference));
    }

    /// <summary>Short answers that say there is nothing to add.</summary>
    private static readonly HashSet<string> NothingToAdd = new(StringComparer.Ordinal)
    {
        "verder", "door", "ga door", "niks", "niets", "nope", "overslaan", "sla over", "geen", "geen opmerking", "geen opmerkingen", "nothing",
        "skip", "continue", "next", "no comment", "nee verder", "no continue",
    };

    private static bool SaysNothingToAdd(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        return NothingToAdd.Contains(folded)
            || (TextNormalizer.Words(folded).Length <= 3 && ConfirmRecognizer.Recognize(folded) == false);
    }
}
