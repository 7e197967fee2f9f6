namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt made of one message, without acting on it: an answer (its value), a greeting or
/// thanks that answers nothing but is no error either, or not understood. The prompts act on it;
/// the understanding corpus measures it.
/// </summary>
public sealed record PromptUnderstanding(PromptUnderstandingKind Kind, object? Value = null)
{
    public static PromptUnderstanding NotUnderstood { get; } = new(PromptUnderstandingKind.NotUnderstood);
}
