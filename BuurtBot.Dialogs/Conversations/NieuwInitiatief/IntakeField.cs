namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>What a resident can change from the summary without starting over.</summary>
public enum IntakeField
{
    Wijk,
    Thema,
    Title,
    Description,
    Doel,
    Neighbours,
    Location,
    Afspraken,
}
