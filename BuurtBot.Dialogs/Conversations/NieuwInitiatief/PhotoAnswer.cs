using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>The answer to "Heb je een foto van de plek?": the stored photo's reference and where it says it was taken, or nothing (skipped).</summary>
public sealed record PhotoAnswer(string? Reference, GeoLocation? TakenAt)
{
    public static PhotoAnswer Skipped { get; } = new(null, null);
}
