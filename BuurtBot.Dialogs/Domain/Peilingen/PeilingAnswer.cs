namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// A resident's one answer to a peiling. The key is the pair, so a second answer replaces the first
/// instead of counting twice; it can change until the peiling closes. Made and changed through
/// <see cref="Peiling.Answer"/> and <see cref="Peiling.ChangeAnswer"/>, which check that it still can.
/// </summary>
public sealed class PeilingAnswer
{
    internal PeilingAnswer(Guid peilingId, string residentId, int optionIndex, DateTime answeredUtc)
    {
        PeilingId = peilingId;
        ResidentId = residentId;
        OptionIndex = optionIndex;
        AnsweredUtc = answeredUtc;
    }

    // For EF Core materialisation.
    private PeilingAnswer()
    {
        ResidentId = string.Empty;
    }

    public Guid PeilingId { get; private set; }

    /// <summary>The resident's conversation id, as everywhere else; a placeholder after "vergeet mij".</summary>
    public string ResidentId { get; private set; }

    /// <summary>Zero-based index into <see cref="Peiling.Options"/>.</summary>
    public int OptionIndex { get; private set; }

    public DateTime AnsweredUtc { get; private set; }

    /// <summary>When the resident last changed their answer; null when never.</summary>
    public DateTime? ChangedUtc { get; private set; }

    internal bool ChangeTo(int optionIndex, DateTime now)
    {
        if (optionIndex == OptionIndex)
        {
            return false;
        }

        OptionIndex = optionIndex;
        ChangedUtc = now;
        return true;
    }
}
