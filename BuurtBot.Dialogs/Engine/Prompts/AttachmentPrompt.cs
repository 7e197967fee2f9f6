using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a file, by default a photo: recognises the attachments whose content type fits.</summary>
public class AttachmentPrompt(string dialogId, PromptValidator<IReadOnlyList<InboundAttachment>>? validator = null)
    : Prompt<IReadOnlyList<InboundAttachment>>(dialogId, validator)
{
    /// <summary>Content types accepted, by prefix; "" accepts any file.</summary>
    public string ContentTypePrefix { get; init; } = "image/";

    protected override string RetryTextKey => nameof(Strings.PromptRetryAttachment);

    protected override bool TakesAttachments => true;

    protected override PromptRecognizerResult<IReadOnlyList<InboundAttachment>> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var accepted = turnContext.Activity.Attachments
            .Where(attachment => attachment.Problem is null && attachment.ContentType.StartsWith(ContentTypePrefix, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return accepted.Count > 0
            ? PromptRecognizerResult<IReadOnlyList<InboundAttachment>>.Of(accepted)
            : PromptRecognizerResult<IReadOnlyList<InboundAttachment>>.Failed;
    }
}
