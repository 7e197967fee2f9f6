namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>How the intake is begun again from the summary: the answers so far and the one field to ask anew.</summary>
public sealed record IntakeEdit(IntakeDraft Draft, IntakeField Field);
