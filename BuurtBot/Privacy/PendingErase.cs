using BuurtBot.Turns;

namespace BuurtBot.Privacy;

/// <summary>Set during a turn when the resident asked to be forgotten; the erase runs once the turn is saved.</summary>
internal sealed class PendingErase(ResidentEraser eraser) : IAfterTurnAction
{
    private string? _residentId;

    public void Request(string residentId) => _residentId = residentId;

    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        if (_residentId is { } residentId)
        {
            _residentId = null;
            await eraser.EraseAsync(residentId, turn.FirstTranscriptId, turn.FirstOutboxId, cancellationToken);
        }
    }
}
