namespace BuurtBot.Dialogs.Conversations.Evaluatie;

/// <summary>The answers of an evaluation so far, kept as one record in the waterfall's values.</summary>
internal sealed record EvaluatieDraft(Guid InitiatiefId, int Satisfaction = 0, string WentWell = "", string CouldBeBetter = "");
