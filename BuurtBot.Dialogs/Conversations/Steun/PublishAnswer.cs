namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The answer to "Mag je initiatief openbaar worden?".</summary>
public enum PublishAnswer
{
    Publish,
    KeepPrivate,
}
