namespace BuurtBot.Dialogs.Conversations.Buurtdeal;

/// <summary>The resident's answer to a proposed buurtdeal.</summary>
public enum DealAnswer
{
    Agree,
    Change,
    Later,
}
