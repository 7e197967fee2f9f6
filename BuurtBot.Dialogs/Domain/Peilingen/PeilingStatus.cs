namespace BuurtBot.Dialogs.Domain.Peilingen;

public enum PeilingStatus
{
    /// <summary>Sent (or waiting for its opening time); answers count until <see cref="Peiling.ClosesUtc"/>.</summary>
    Open,

    /// <summary>Closed by its job; the result is fixed and answers are refused.</summary>
    Gesloten,
}
