using System.Text.Json.Serialization;

namespace BuurtBot.Inzicht.Onbegrepen;

[JsonSerializable(typeof(OfferedChoices.Stored[]), TypeInfoPropertyName = "StoredArray")]
internal sealed partial class OnbegrepenJson : JsonSerializerContext;
