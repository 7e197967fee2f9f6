namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>The three questions of the wijkgesprek, in the order the bot asks them (stored by name).</summary>
public enum WijkgesprekVraag
{
    /// <summary>Wat is goed hier?</summary>
    Goed,

    /// <summary>Wat moet anders?</summary>
    Anders,

    /// <summary>Wat zou je zelf doen?</summary>
    Zelf,
}
