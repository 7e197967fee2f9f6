using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>What <see cref="IntakeQuestionDialog"/> is begun with, as JSON text: which question, and the answers so far.</summary>
public sealed record IntakeQuestionRequest(
    [property: JsonConverter(typeof(JsonStringEnumConverter<IntakeQuestion>))] IntakeQuestion Question,
    IntakeDraft Draft)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static IntakeQuestionRequest Parse(object? json) =>
        json is string text && JsonSerializer.Deserialize<IntakeQuestionRequest>(text) is { } request
            ? request
            : throw new InvalidOperationException("An intake question was begun without its request; begin it with IntakeQuestionRequest.ToJson().");
}
