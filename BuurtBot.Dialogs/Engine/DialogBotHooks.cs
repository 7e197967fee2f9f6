using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>Where the host joins in on a <see cref="DialogBot{TMainDialog}"/> turn.</summary>
public sealed record DialogBotHooks
{
    /// <summary>
    /// A prompt had too many answers it did not understand; its question stays open. The host tells
    /// the resident what else they can do (a person, the menu); without this hook the turn ends
    /// silently and the next message is read as an answer again.
    /// </summary>
    public Func<TurnContext, PromptGaveUp, CancellationToken, Task>? OnPromptGaveUpAsync { get; init; }

    /// <summary>
    /// The saved stack did not fit this deploy (or was not readable), or an event named a dialog it
    /// does not have. For a stack, always followed by the apology and the main dialog; the host logs it here.
    /// </summary>
    public Func<TurnContext, StaleDialogStack, CancellationToken, Task>? OnStaleStackAsync { get; init; }
}
