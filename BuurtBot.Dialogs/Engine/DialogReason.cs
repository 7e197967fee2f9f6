namespace BuurtBot.Dialogs.Engine;

/// <summary>Why a dialog is being resumed or ended, as in the Bot Framework SDK.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
