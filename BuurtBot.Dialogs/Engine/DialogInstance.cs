namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// One entry on the dialog stack: which dialog, and its saved state. <see cref="State"/> holds only
/// values that JSON carries without type names (see <see cref="DialogStateSerializer"/>), so a stack
/// saved before a restart reads back exactly.
/// </summary>
public sealed class DialogInstance
{
    public DialogInstance(string id, IDictionary<string, object?>? state = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        State = state ?? new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public string Id { get; }

    /// <summary>string, bool, long, double, null, or nested dictionaries and lists of those.</summary>
    public IDictionary<string, object?> State { get; }

    public override string ToString() => Id;
}
