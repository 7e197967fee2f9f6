namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Decides whether a recognised answer is acceptable. A validator that sends its own message
/// replaces the prompt's retry text for that attempt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
