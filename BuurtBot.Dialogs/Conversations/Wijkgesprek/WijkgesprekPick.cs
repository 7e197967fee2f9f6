using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>The answer to one question of the wijkgesprek: a thema (tapped, typed, or named in the sentence), a sentence, or neither (skipped).</summary>
public sealed record WijkgesprekPick(Thema? Thema, string? Text)
{
    public static WijkgesprekPick Skipped { get; } = new(null, null);

    public bool IsSkipped => Thema is null && Text is null;
}
