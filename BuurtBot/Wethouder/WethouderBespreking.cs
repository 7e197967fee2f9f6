namespace BuurtBot.Wethouder;

/// <summary>
/// An initiatief the wijkteam wants to talk over with the wijkwethouder ("ter bespreking met de
/// wijkwethouder"), with the wijkteam's short note. Staff data: written by a coordinator for the
/// wethouder, about an initiatief, never shown to the public; it goes with the initiatief when that is erased.
/// </summary>
public sealed class WethouderBespreking
{
    public const int MaxNoteLength = 300;

    public long Id { get; set; }

    public Guid InitiatiefId { get; set; }

    public required string Wijk { get; set; }

    public required string Note { get; set; }

    public required string ById { get; set; }

    /// <summary>The coordinator's first name, as the wethouder's page shows who asked.</summary>
    public required string ByName { get; set; }

    public DateTime MarkedUtc { get; set; }
}
