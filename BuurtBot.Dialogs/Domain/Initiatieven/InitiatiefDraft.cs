using BuurtBot.Dialogs.Domain.Areas;

namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>What a resident tells the bot about their idea, before it is submitted.</summary>
/// <param name="Doel">What the initiatief should achieve for the buurt.</param>
/// <param name="NeighboursInSupport">How many neighbours are behind it, as far as the resident knows.</param>
public sealed record InitiatiefDraft(
    string Title,
    string Description,
    Thema Thema,
    Wijk Wijk,
    Buurt? Buurt,
    InitiatiefLocation? Location,
    string Doel,
    int NeighboursInSupport);
