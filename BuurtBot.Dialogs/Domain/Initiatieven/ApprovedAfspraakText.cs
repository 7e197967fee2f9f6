namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>The public wording of one afspraak, approved for the afspraak's text with <paramref name="SourceFingerprint"/>; empty to show none.</summary>
public sealed record ApprovedAfspraakText(Guid AfspraakId, string Description, string SourceFingerprint);
