namespace BuurtBot.Initiatieven;

/// <summary>
/// What the coordinator approves on the review page, with the fingerprints of the resident's texts
/// the page showed, so a text that changed while the page was open is not approved unread.
/// </summary>
public sealed record PublicTextInput(
    string Title,
    string Description,
    string Doel,
    IReadOnlyDictionary<Guid, string> Afspraken,
    string SourceFingerprint,
    IReadOnlyDictionary<Guid, string> AfspraakFingerprints);
