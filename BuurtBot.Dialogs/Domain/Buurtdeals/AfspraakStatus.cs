namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>How one afspraak is getting on while the deal is carried out. Stored by name.</summary>
public enum AfspraakStatus
{
    Open,
    Bezig,
    Gedaan,
    NietGelukt,
}
