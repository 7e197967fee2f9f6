namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The neighbour's answer to "Wil je dit initiatief steunen?".</summary>
public enum SteunAnswer
{
    Support,
    NotNow,
}
