namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Thrown deep in the stack when saved state no longer fits the code, caught at the root and turned
/// into <see cref="DialogTurnStatus.Stale"/>: an exception because the mismatch can surface at any depth.
/// </summary>
internal sealed class DialogStackMismatchException(StaleDialogStack mismatch)
    : Exception($"Saved dialog stack does not fit this deploy: dialog '{mismatch.DialogId}': {mismatch.Problem}")
{
    public StaleDialogStack Mismatch { get; } = mismatch;

    public static DialogStackMismatchException For(string dialogId, string problem) => new(new StaleDialogStack(dialogId, problem));
}
