using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>A prompt seen without its answer type: what it would make of a message (pure).</summary>
public interface IUnderstandingPrompt
{
    /// <summary>True for a prompt that takes any text as its answer (a title, a comment).</summary>
    bool TakesAnyText { get; }

    PromptUnderstanding Understand(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options);

    /// <summary>What the prompt, open as <paramref name="instance"/>, would make of the turn's message; its state is left as it was.</summary>
    PromptUnderstanding Understand(TurnContext turnContext, DialogInstance instance);
}
