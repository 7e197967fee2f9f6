using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks for a photo with a skip button: a photo the host kept answers it, the button (or "nee",
/// "overslaan") skips it. A photo the host refused is answered by the prompt itself with why.
/// </summary>
public sealed class PhotoPrompt(string dialogId) : Prompt<PhotoAnswer>(dialogId)
{
    protected override bool TakesAttachments => true;

    protected override PromptRecognizerResult<PhotoAnswer> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Attachments.FirstOrDefault(a => a.IsStoredPhoto) is { } photo)
        {
            return PromptRecognizerResult<PhotoAnswer>.Of(new PhotoAnswer(photo.Reference, photo.TakenAt));
        }

        var skip = options.Choices is { Count: > 0 } choices ? choices[0] : null;
        var said = activity.Value ?? activity.Text;
        return skip is not null && (said == skip.Value || TextNormalizer.FoldsTo(said, TextNormalizer.Fold(skip.Title)))
            || ConfirmRecognizer.Recognize(said) == false
            || TextNormalizer.Fold(said) is "overslaan" or "sla over" or "skip" or "geen foto" or "no photo" or "geen"
                ? PromptRecognizerResult<PhotoAnswer>.Of(PhotoAnswer.Skipped)
                : PromptRecognizerResult<PhotoAnswer>.Failed;
    }
}
