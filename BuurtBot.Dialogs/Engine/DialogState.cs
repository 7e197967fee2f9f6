namespace BuurtBot.Dialogs.Engine;

/// <summary>The whole saved conversation: the dialog stack, top first (index 0 is the active dialog).</summary>
public sealed class DialogState
{
    public DialogState(List<DialogInstance>? dialogStack = null)
    {
        DialogStack = dialogStack ?? [];
    }

    public List<DialogInstance> DialogStack { get; }
}
