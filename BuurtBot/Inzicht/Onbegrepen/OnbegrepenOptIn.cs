namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Whether misunderstood answers are kept as texts: one row, off until a beheerder switches it on.
/// </summary>
public sealed class OnbegrepenOptIn
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public bool On { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string? ChangedBy { get; set; }
}
