namespace BuurtBot.Dialogs.Engine;

/// <summary>A command a resident can type at any point, recognised before the active dialog sees the turn.</summary>
public enum Interruption
{
    /// <summary>"stop", "annuleer": cancel everything.</summary>
    Cancel,

    /// <summary>"help", "hulp": explain the commands, then ask the question again.</summary>
    Help,

    /// <summary>"menu": cancel everything and show the main menu.</summary>
    Menu,

    /// <summary>"terug", "vorige": ask the previous question again.</summary>
    Back,

    /// <summary>"mens", "medewerker", "coördinator": the resident wants a person (handoff).</summary>
    Human,
}
