using System.Text.Json;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// The few value shapes dialog state may hold, so that saving and loading is exact without type
/// names: string, bool, long, double, null, dictionaries and lists of those, and a component's
/// inner <see cref="DialogState"/>. Anything richer is stored as its JSON text (see <see cref="Set{T}"/>).
/// </summary>
internal static class StateValues
{
    private static readonly object[] SmallLongs = Enumerable.Range(0, 32).Select(i => (object)(long)i).ToArray();

    /// <summary>Step indexes and attempt counts are small; their boxes are shared.</summary>
    public static object Box(long value) => value is >= 0 and < 32 ? SmallLongs[value] : value;

    public static object? ValueOrNull(this IDictionary<string, object?> bag, string key) =>
        bag.TryGetValue(key, out var value) ? value : null;

    public static Dictionary<string, object?> NewBag(int capacity = 0) => new(capacity, StringComparer.Ordinal);

    /// <summary>Stores <paramref name="value"/> in a saveable shape: numbers widen, records become JSON text.</summary>
    public static void Set<T>(IDictionary<string, object?> bag, string key, T value)
    {
        bag[key] = value switch
        {
            null => null,
            string or bool or long or double => value,
            int i => (long)i,
            float f => (double)f,
            _ => JsonSerializer.Serialize(value),
        };
    }

    public static T? Get<T>(IDictionary<string, object?> bag, string key)
    {
        if (!bag.TryGetValue(key, out var value) || value is null)
        {
            return default;
        }

        return value switch
        {
            T typed => typed,
            long l when typeof(T) == typeof(int) => (T)(object)checked((int)l),
            long l when typeof(T) == typeof(double) => (T)(object)(double)l,
            string json => JsonSerializer.Deserialize<T>(json),
            _ => throw new InvalidOperationException(
                $"State value '{key}' is a {value.GetType().Name}, not a {typeof(T).Name}; read it with the type it was stored with."),
        };
    }

    public static long GetLong(IDictionary<string, object?> bag, string key, string dialogId) =>
        bag.TryGetValue(key, out var value) && value is long number
            ? number
            : throw DialogStackMismatchException.For(dialogId, $"state '{key}' is missing or not a whole number");

    public static IDictionary<string, object?> GetBag(IDictionary<string, object?> bag, string key, string dialogId)
    {
        if (bag.TryGetValue(key, out var value) && value is IDictionary<string, object?> inner)
        {
            return inner;
        }

        if (value is null && !bag.ContainsKey(key))
        {
            var created = NewBag();
            bag[key] = created;
            return created;
        }

        throw DialogStackMismatchException.For(dialogId, $"state '{key}' is not an object");
    }

    /// <summary>A deep copy, so a remembered instance is not changed by the live one.</summary>
    public static object? Copy(object? value) => value switch
    {
        IDictionary<string, object?> bag => CopyBag(bag),
        IList<object?> list => list.Select(Copy).ToList(),
        DialogState state => CopyState(state),
        _ => value,
    };

    public static Dictionary<string, object?> CopyBag(IDictionary<string, object?> bag)
    {
        var copy = NewBag(bag.Count);
        foreach (var (key, value) in bag)
        {
            copy[key] = Copy(value);
        }

        return copy;
    }

    public static DialogInstance CopyInstance(DialogInstance instance) => new(instance.Id, CopyBag(instance.State));

    private static DialogState CopyState(DialogState state) => new(state.DialogStack.Select(CopyInstance).ToList());

    /// <summary>Reads back what <see cref="DialogStateSerializer"/> wrote for a nested stack.</summary>
    public static DialogState ToDialogState(object? value, string ownerId) =>
        ToDialogStateOrNull(value) ?? throw DialogStackMismatchException.For(ownerId, "inner dialog stack is missing or malformed");

    /// <summary>Null when <paramref name="value"/> is not a stack of { id, state } entries.</summary>
    public static DialogState? ToDialogStateOrNull(object? value)
    {
        if (value is DialogState state)
        {
            return state;
        }

        if (value is not IDictionary<string, object?> bag
            || !bag.TryGetValue(DialogStateSerializer.StackProperty, out var stack)
            || stack is not IList<object?> items)
        {
            return null;
        }

        var instances = new List<DialogInstance>(items.Count);
        foreach (var item in items)
        {
            if (item is not IDictionary<string, object?> entry
                || !entry.TryGetValue(DialogStateSerializer.IdProperty, out var id) || id is not string dialogId || string.IsNullOrWhiteSpace(dialogId)
                || !entry.TryGetValue(DialogStateSerializer.StateProperty, out var inner) || inner is not IDictionary<string, object?> innerBag)
            {
                return null;
            }

            instances.Add(new DialogInstance(dialogId, innerBag));
        }

        return new DialogState(instances);
    }
}
