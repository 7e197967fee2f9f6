namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>The two sides of wederkerigheid. Stored by name.</summary>
public enum DealSide
{
    Bewoners,
    Gemeente,
}
