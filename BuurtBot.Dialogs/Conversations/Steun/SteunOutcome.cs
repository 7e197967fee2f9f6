namespace BuurtBot.Dialogs.Conversations.Steun;

public enum SteunOutcome
{
    Counted,
    AlreadySupported,

    /// <summary>An initiatiefnemer (or mede-initiatiefnemer) tapped their own link: they are behind it already, so it is not counted again.</summary>
    OwnInitiatief,
}
