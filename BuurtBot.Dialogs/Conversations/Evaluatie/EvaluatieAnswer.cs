namespace BuurtBot.Dialogs.Conversations.Evaluatie;

/// <summary>The resident's evaluation of a finished buurtdeal.</summary>
public sealed record EvaluatieAnswer(
    Guid InitiatiefId,
    int Satisfaction,
    string WentWell,
    string CouldBeBetter,
    bool WouldDoAgain,
    string ResidentId);
