namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// One question of the intake, in the order a new initiatief is asked. Finer than
/// <see cref="IntakeField"/>: changing the wijk from the summary asks its buurt again too.
/// </summary>
public enum IntakeQuestion
{
    Wijk,
    Buurt,
    Thema,
    Title,
    Description,
    Doel,
    Neighbours,
    Location,
    Afspraken,
}
