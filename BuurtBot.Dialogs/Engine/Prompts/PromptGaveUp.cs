namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// The result of a turn in which a prompt stopped asking after <see cref="Attempts"/> answers it did
/// not understand. The question stays open (every answer before it is kept); the host says what
/// else the resident can do (<see cref="DialogBotHooks.OnPromptGaveUpAsync"/>).
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts)
{
    /// <summary>The question's own buttons, to show again beside the offer.</summary>
    public IReadOnlyList<Messages.ReplyChoice> Choices { get; init; } = [];

    public bool Equals(PromptGaveUp? other) => other is not null && other.PromptId == PromptId && other.Attempts == Attempts;

    public override int GetHashCode() => HashCode.Combine(PromptId, Attempts);
}
