namespace BuurtBot.Dialogs.Engine;

/// <summary>Where the stack stands after a turn, as in the Bot Framework SDK, plus <see cref="Stale"/>.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing was running.</summary>
    Empty,

    /// <summary>A dialog waits for the resident's next message.</summary>
    Waiting,

    /// <summary>The dialog ended; <see cref="DialogTurnResult.Result"/> holds what it returned.</summary>
    Complete,

    /// <summary>The stack was cancelled (a command, or a prompt that gave up: see <see cref="Prompts.PromptGaveUp"/>).</summary>
    Cancelled,

    /// <summary>
    /// Not in the SDK: the saved stack names a dialog or step this deploy no longer has. The stack was
    /// cleared; <see cref="DialogTurnResult.Result"/> is a <see cref="StaleDialogStack"/> for the host to log.
    /// </summary>
    Stale,
}
