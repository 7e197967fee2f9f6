using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>The dialogs a stack may name, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException(
                $"A dialog with id '{dialog.Id}' is already in this set; give each dialog its own id.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>A context over <paramref name="state"/> for this turn; operations change the state in place.</summary>
    public DialogContext CreateContext(TurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        return new DialogContext(this, turnContext, state, parent: null);
    }
}
