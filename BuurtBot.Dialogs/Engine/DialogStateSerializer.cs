using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Saves and loads a <see cref="DialogState"/> as JSON. No type names are written: values are read
/// back by their JSON shape (an integer becomes long, a number with a fraction or exponent double),
/// and doubles are always written with a fraction, so every value reads back as the type it was.
/// </summary>
public static class DialogStateSerializer
{
    internal const string StackProperty = "dialogStack";
    internal const string IdProperty = "id";
    internal const string StateProperty = "state";
    private const int MaxDepth = 64;

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new DialogStateConverter() },
        MaxDepth = MaxDepth,

        // Saved in a database column, never embedded in HTML: "&" and "ë" need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonSerializer.Serialize(state, Options);
    }

    /// <summary>An empty state for null or empty input; <see cref="JsonException"/> for JSON in another shape.</summary>
    public static DialogState Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new DialogState()
            : JsonSerializer.Deserialize<DialogState>(json, Options) ?? new DialogState();

    private sealed class DialogStateConverter : JsonConverter<DialogState>
    {
        public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = ReadValue(ref reader);
            return StateValues.ToDialogStateOrNull(value)
                ?? throw new JsonException($"Saved dialog state must be an object with a '{StackProperty}' array of {{ {IdProperty}, {StateProperty} }}.");
        }

        public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options) => WriteState(writer, value);

        private static object? ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var bag = StateValues.NewBag();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = KnownKey(ref reader) ?? reader.GetString()!;
                        reader.Read();
                        bag[key] = ReadValue(ref reader);
                    }

                    return bag;
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(ReadValue(ref reader));
                    }

                    return list;
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return IsWholeNumber(reader.ValueSpan) && reader.TryGetInt64(out var whole) ? StateValues.Box(whole) : reader.GetDouble();
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                default:
                    throw new JsonException($"Unexpected {reader.TokenType} in saved dialog state.");
            }
        }

        /// <summary>The engine's own keys repeat on every turn; reusing their strings saves an allocation each.</summary>
        private static string? KnownKey(ref Utf8JsonReader reader)
        {
            foreach (var key in KnownKeys)
            {
                if (reader.ValueTextEquals(key))
                {
                    return key;
                }
            }

            return null;
        }

        private static readonly string[] KnownKeys =
            [StackProperty, IdProperty, StateProperty, "options", "values", "stepIndex", "history", "dialogs", "prompt", "retryPrompt", "choices", "attemptCount", "candidates"];

        private static bool IsWholeNumber(ReadOnlySpan<byte> raw) => raw.IndexOfAny(".eE"u8) < 0;

        private static void WriteState(Utf8JsonWriter writer, DialogState state)
        {
            writer.WriteStartObject();
            writer.WriteStartArray(StackProperty);
            foreach (var instance in state.DialogStack)
            {
                writer.WriteStartObject();
                writer.WriteString(IdProperty, instance.Id);
                writer.WritePropertyName(StateProperty);
                WriteValue(writer, instance.State);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case long whole:
                    writer.WriteNumberValue(whole);
                    break;
                case double number:
                    WriteDouble(writer, number);
                    break;
                case DialogState inner:
                    WriteState(writer, inner);
                    break;
                case IDictionary<string, object?> bag:
                    writer.WriteStartObject();
                    foreach (var (key, item) in bag)
                    {
                        writer.WritePropertyName(key);
                        WriteValue(writer, item);
                    }

                    writer.WriteEndObject();
                    break;
                case IList<object?> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        WriteValue(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new JsonException(
                        $"Dialog state cannot hold a {value.GetType().Name}: store string, bool, long, double, or a dictionary/list of those; " +
                        "put a record in with WaterfallStepContext.SetValue, which stores it as JSON text.");
            }
        }

        private static void WriteDouble(Utf8JsonWriter writer, double number)
        {
            if (!double.IsFinite(number))
            {
                throw new JsonException($"Dialog state cannot hold {number}: JSON has no NaN or infinity; store a string instead.");
            }

            // Written with a fraction or exponent so it reads back as a double, not a long.
            Span<char> buffer = stackalloc char[40];
            number.TryFormat(buffer, out var length, "R", CultureInfo.InvariantCulture);
            var text = buffer[..length];
            if (text.IndexOfAny('.', 'E', 'e') < 0)
            {
                ".0".CopyTo(buffer[length..]);
                text = buffer[..(length + 2)];
            }

            writer.WriteRawValue(text, skipInputValidation: true);
        }
    }
}
