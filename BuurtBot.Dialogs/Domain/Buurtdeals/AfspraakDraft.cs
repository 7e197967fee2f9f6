namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>An afspraak as proposed, before it is part of a deal.</summary>
public sealed record AfspraakDraft(DealSide Side, string Description, decimal? AmountInEuros = null, DateOnly? DueDate = null);
