namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>How a prompt took a message: see <see cref="PromptUnderstanding"/>.</summary>
public enum PromptUnderstandingKind
{
    NotUnderstood,
    Answer,
    SmallTalk,
}
