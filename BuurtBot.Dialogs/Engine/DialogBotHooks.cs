using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Where the host joins in on a <see cref="DialogBot{TMainDialog}"/> turn. Each hook that returns a
/// bool returns true when the host has dealt with the resident itself; the engine then skips its
/// default (a short text, and for <see cref="Interruption.Menu"/> the main dialog).
/// </summary>
public sealed record DialogBotHooks
{
    /// <summary>A global command, before the engine acts on it. <see cref="Interruption.Human"/> is the handoff's cue.</summary>
    public Func<TurnContext, Interruption, CancellationToken, Task<bool>>? OnInterruptionAsync { get; init; }

    /// <summary>A prompt stopped asking; the stack is already cancelled. By default the resident is offered the menu or a person.</summary>
    public Func<TurnContext, PromptGaveUp, CancellationToken, Task<bool>>? OnPromptGaveUpAsync { get; init; }

    /// <summary>
    /// The saved stack did not fit this deploy (or was not readable). Always followed by the apology
    /// and the main dialog; the host logs it here.
    /// </summary>
    public Func<TurnContext, StaleDialogStack, CancellationToken, Task>? OnStaleStackAsync { get; init; }
}
