namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt made of the answer, before its validator looks at it.</summary>
public readonly record struct PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed => default;

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
