namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// The four steps of the programme's yearly cycle per wijk ("JAARLIJKSE CYCLUS"), in the order they
/// come. Stored by name: never rename a member.
/// </summary>
public enum WijkjaarFase
{
    /// <summary>In gesprek met de buurt and "wijken in cijfers" (default January–February).</summary>
    Wijkanalyse,

    /// <summary>The wijkteam sets the wijk's themes with a doelstelling each (default March–April).</summary>
    Wijkagenda,

    /// <summary>The initiatieven and buurtdeals for the coming year, per theme (default May–June).</summary>
    Buurtactiviteitenplan,

    /// <summary>Buurtpeiling en -monitoring: how far each doelstelling got (default October–November).</summary>
    Monitoring,
}
