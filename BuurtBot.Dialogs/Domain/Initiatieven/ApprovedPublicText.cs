namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// The texts of an initiatief as a buurtcoördinator approved them for the public pages, kept apart
/// from what the resident typed: the coordinator may have taken a phone number or a name out.
/// Each part remembers a fingerprint of the resident's text it was approved for, so a later change
/// to that text hides the part again until it is approved anew.
/// </summary>
public sealed class ApprovedPublicText
{
    private readonly List<ApprovedAfspraakText> _afspraken = [];

    internal ApprovedPublicText(string title, string description, string doel, string sourceFingerprint, IEnumerable<ApprovedAfspraakText> afspraken, string approvedBy, DateTime approvedAt)
    {
        Title = title;
        Description = description;
        Doel = doel;
        SourceFingerprint = sourceFingerprint;
        _afspraken.AddRange(afspraken);
        ApprovedBy = approvedBy;
        ApprovedAt = approvedAt;
    }

    // For EF Core materialisation.
    private ApprovedPublicText()
    {
        Title = Description = Doel = SourceFingerprint = ApprovedBy = string.Empty;
    }

    public string Title { get; private set; }

    /// <summary>Empty when the coordinator chose to publish no description.</summary>
    public string Description { get; private set; }

    public string Doel { get; private set; }

    /// <summary>Of the resident's title, description and doel at approval (<see cref="PublicTextFingerprint"/>).</summary>
    public string SourceFingerprint { get; private set; }

    public IReadOnlyList<ApprovedAfspraakText> Afspraken => _afspraken;

    /// <summary>The coordinator's account id: who is answerable for what the public reads.</summary>
    public string ApprovedBy { get; private set; }

    public DateTime ApprovedAt { get; private set; }

    internal void Restamp(string sourceFingerprint, IEnumerable<ApprovedAfspraakText> afspraken)
    {
        SourceFingerprint = sourceFingerprint;
        var list = afspraken.ToList();
        _afspraken.Clear();
        _afspraken.AddRange(list);
    }
}
