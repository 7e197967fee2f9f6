using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Turns;

namespace BuurtBot.Privacy;

/// <summary>
/// Carries out <see cref="EraseResident"/> once the turn that confirmed it is saved, keeping what
/// that turn wrote (the confirmation), so the goodbye can still be delivered.
/// </summary>
internal sealed class EraseResidentAction(ResidentEraser eraser) : IAfterTurnAction
{
    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Work.OfType<EraseResident>().Any())
        {
            await eraser.EraseAsync(turn.ConversationId.ToString("D"), turn.FirstTranscriptId, turn.FirstOutboxId, cancellationToken);
        }
    }
}
