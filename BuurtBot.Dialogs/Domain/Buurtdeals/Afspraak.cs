namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>
/// One commitment in a buurtdeal: what one side will do. Changed only through its
/// <see cref="Initiatieven.Initiatief"/>, which keeps the deal's version and acceptances right.
/// </summary>
public sealed class Afspraak
{
    public const int MaxDescriptionLength = 500;

    internal Afspraak(Guid id, DealSide side, string description, decimal? amountInEuros, DateOnly? dueDate, DateOnly? startDate)
    {
        Id = id;
        Side = side;
        Status = AfspraakStatus.Open;
        (Description, AmountInEuros, DueDate, StartDate) = Validate(description, amountInEuros, dueDate, startDate);
    }

    // For EF Core materialisation.
    private Afspraak()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public DealSide Side { get; private set; }

    public string Description { get; private set; }

    /// <summary>What it costs or what is paid, when the afspraak is about money.</summary>
    public decimal? AmountInEuros { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>From when the afspraak applies; null when it does from the start of the deal.</summary>
    public DateOnly? StartDate { get; private set; }

    public AfspraakStatus Status { get; private set; }

    /// <summary>
    /// Whether it is something to do now: still open and begun (no start date, or that date reached).
    /// A check-in asks only about these: never how cleaning the bench goes before the bench is there.
    /// </summary>
    public bool IsUnderway(DateOnly today) => Status is AfspraakStatus.Open or AfspraakStatus.Bezig && (StartDate is not { } start || start <= today);

    internal void Change(string description, decimal? amountInEuros, DateOnly? dueDate, DateOnly? startDate) =>
        (Description, AmountInEuros, DueDate, StartDate) = Validate(description, amountInEuros, dueDate, startDate);

    internal void SetStatus(AfspraakStatus status) => Status = status;

    /// <summary>"Vergeet mij" on a kept deal: the words go, what was agreed about money and dates stays.</summary>
    internal void ReplaceDescription(string description) => Description = description;

    private static (string, decimal?, DateOnly?, DateOnly?) Validate(string description, decimal? amountInEuros, DateOnly? dueDate, DateOnly? startDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var trimmed = description.Trim();
        if (trimmed.Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"An afspraak is at most {MaxDescriptionLength} characters; this one has {trimmed.Length}.", nameof(description));
        }

        if (amountInEuros is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amountInEuros), amountInEuros, "An amount in euros cannot be negative.");
        }

        if (startDate is { } start && dueDate is { } due && start > due)
        {
            throw new ArgumentOutOfRangeException(nameof(startDate), startDate, "An afspraak cannot start after the date it is to be done by.");
        }

        return (trimmed, amountInEuros, dueDate, startDate);
    }
}
