namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>The answer to the yearly invitation: answer now, or not this time.</summary>
public enum InviteAnswer
{
    Now,
    Later,
}
