namespace BuurtBot.Dialogs.Conversations.Consent;

/// <summary>The resident's answer to the privacy question.</summary>
public enum ConsentAnswer
{
    Agree,
    Decline,
}
