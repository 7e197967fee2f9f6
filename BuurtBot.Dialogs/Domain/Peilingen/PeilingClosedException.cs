namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>A peiling was asked to close a second time: its result is already fixed.</summary>
public sealed class PeilingClosedException(Guid peilingId)
    : InvalidOperationException($"Peiling {peilingId} is already closed; a closed peiling cannot close again.");
