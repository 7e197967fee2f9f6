using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>The resident's answers so far, saved with the dialog as one typed record.</summary>
public sealed record IntakeDraft
{
    public string? Wijk { get; init; }
    public string? Buurt { get; init; }
    public string? Thema { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Doel { get; init; }
    public int? Neighbours { get; init; }
    public string? Street { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<AfspraakDraft> Afspraken { get; init; } = [];
}
