using System.Text.Json;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>
/// The argument of a "checkin" event, as JSON text (event arguments are strings): which deal, which
/// round (the deterministic inbox id, so answers land on the right round), whether this is the
/// reminder after no answer, and for a reminder when the check-in was first asked (so it can say
/// how long ago that really was).
/// </summary>
public sealed record CheckInRequest(Guid InitiatiefId, string RoundKey, bool Reminder = false, DateTime? AskedUtc = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static CheckInRequest? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CheckInRequest>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
