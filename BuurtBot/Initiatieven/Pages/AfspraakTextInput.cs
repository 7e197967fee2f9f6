namespace BuurtBot.Initiatieven.Pages;

/// <summary>The public wording of one afspraak on the review form, with the fingerprint of the text it was read from.</summary>
public sealed class AfspraakTextInput
{
    public Guid Id { get; set; }

    public string? Text { get; set; }

    public string SourceFingerprint { get; set; } = "";
}
