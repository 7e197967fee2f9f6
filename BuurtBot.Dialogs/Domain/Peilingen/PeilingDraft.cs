namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>What the coordinator filled in on the admin form, checked by <see cref="PeilingRules"/>.</summary>
public sealed record PeilingDraft(
    PeilingKind Kind,
    string Question,
    IReadOnlyList<string> Options,
    PeilingTarget Target,
    string Wijk,
    string? Buurt,
    Guid? InitiatiefId,
    DateTime OpensUtc,
    DateTime ClosesUtc);
