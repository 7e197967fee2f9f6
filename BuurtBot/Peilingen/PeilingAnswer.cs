namespace BuurtBot.Peilingen;

/// <summary>
/// A resident's one answer to a peiling. The key is the pair, so a second answer replaces the first
/// instead of counting twice; it can change until the peiling closes.
/// </summary>
public sealed class PeilingAnswer
{
    public Guid PeilingId { get; set; }

    /// <summary>The resident's conversation id, as everywhere else; a placeholder after "vergeet mij".</summary>
    public required string ResidentId { get; set; }

    /// <summary>Zero-based index into <see cref="Peiling.Options"/>.</summary>
    public int OptionIndex { get; set; }

    public DateTime AnsweredUtc { get; set; }

    /// <summary>When the resident last changed their answer; null when never.</summary>
    public DateTime? ChangedUtc { get; set; }
}
