namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// The result of a turn in which a prompt stopped asking after <see cref="Attempts"/> answers it did
/// not understand. The stack is cancelled; the host says what the resident can do now
/// (<see cref="DialogBotHooks.OnPromptGaveUpAsync"/>).
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
