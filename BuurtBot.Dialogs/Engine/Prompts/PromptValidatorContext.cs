using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a validator sees, as in the Bot Framework SDK: the recognised answer and which attempt this is.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(TurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public TurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's saved state; a validator may keep a small value here between attempts.</summary>
    public IDictionary<string, object?> State { get; }

    public PromptOptions Options { get; }

    /// <summary>1 for the first answer, 2 for the second, and so on.</summary>
    public int AttemptCount { get; }
}
