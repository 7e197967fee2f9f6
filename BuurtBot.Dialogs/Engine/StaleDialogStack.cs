namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// A saved stack that does not fit this deploy's dialogs: a dialog id that is gone, a waterfall step
/// beyond the last one, or state in a shape the dialog no longer reads. For the host's log.
/// </summary>
public sealed record StaleDialogStack(string DialogId, string Problem);
