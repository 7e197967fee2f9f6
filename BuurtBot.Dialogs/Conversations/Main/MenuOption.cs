namespace BuurtBot.Dialogs.Conversations.Main;

/// <summary>What the resident can pick in the menu, in the order the buttons are shown.</summary>
public enum MenuOption
{
    NieuwInitiatief,
    MijnInitiatieven,
    Wijkagenda,
    Coordinator,
    Privacy,

    /// <summary>Last: the wijkanalyse in the chat ("Praat mee over je wijk").</summary>
    Wijkgesprek,
}
