namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>An afspraak as proposed, before it is part of a deal.</summary>
/// <param name="StartDate">From when it applies ("vanaf"): looking after a bench starts once it is placed.</param>
public sealed record AfspraakDraft(DealSide Side, string Description, decimal? AmountInEuros = null, DateOnly? DueDate = null, DateOnly? StartDate = null);
