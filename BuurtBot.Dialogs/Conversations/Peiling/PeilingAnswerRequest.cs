using System.Text.Json;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// The argument of a "peiling.antwoord" event, as JSON text: a tapped button names the peiling, a
/// channel poll vote names the channel's poll. A null option takes the answer back.
/// </summary>
public sealed record PeilingAnswerRequest(Guid? PeilingId, string? ChannelPollId, int? Option)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static PeilingAnswerRequest? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PeilingAnswerRequest>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
