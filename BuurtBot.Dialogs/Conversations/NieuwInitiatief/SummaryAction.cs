namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>What the resident does with the summary: the buttons "Indienen", "Iets wijzigen", "Niet indienen".</summary>
public enum SummaryAction
{
    Submit,
    Change,
    Stop,
}
