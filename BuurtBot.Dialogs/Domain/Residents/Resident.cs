namespace BuurtBot.Dialogs.Domain.Residents;

/// <summary>
/// What the programme keeps about a resident beyond their chat: where they live (the wijk and buurt
/// names of the area catalogue, when known) and whether they want peilingen and the yearly
/// wijkagenda question. The host stores it on the resident's conversation; this record holds the
/// rules for changing it, so every store applies them the same way. Times are UTC.
/// </summary>
public sealed record Resident(string? Wijk, string? Buurt, DateTime? PeilingenAskedUtc, DateTime? PeilingenConsentUtc)
{
    /// <summary>Asked once, in plain words: after any answer the bot does not ask again.</summary>
    public bool WasAskedAboutPeilingen => PeilingenAskedUtc is not null;

    public bool WantsPeilingen => PeilingenConsentUtc is not null;

    /// <summary>
    /// The resident said yes or no to peilingen, perhaps naming their wijk and buurt. The first
    /// moment they were asked stays; a yes keeps the moment of their first yes, a no withdraws it.
    /// A named wijk is kept only when none was known (the wijk of their initiatief wins, since
    /// coordinators already follow the chat there); a buurt is filled in when it lies in the wijk
    /// already known. A no changes nothing else.
    /// </summary>
    public Resident ChoosePeilingen(bool wantsPeilingen, string? wijk, string? buurt, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        var chosen = this with
        {
            PeilingenAskedUtc = PeilingenAskedUtc ?? now,
            PeilingenConsentUtc = wantsPeilingen ? PeilingenConsentUtc ?? now : null,
        };

        if (!wantsPeilingen)
        {
            return chosen;
        }

        if (wijk is not null && Wijk is null)
        {
            return chosen with { Wijk = wijk, Buurt = buurt };
        }

        return buurt is not null && Buurt is null && string.Equals(Wijk, wijk, StringComparison.Ordinal)
            ? chosen with { Buurt = buurt }
            : chosen;
    }
}
