namespace BuurtBot.Peilingen;

/// <summary>
/// A buurtpeiling a coordinator started: one question, its options, who is asked, and from when
/// until when. Wijk is always set (for the supporters of an initiatief, the initiatief's wijk), so
/// the peiling belongs to that wijk's coordinators. Times are UTC.
/// </summary>
public sealed class Peiling
{
    public const int MinOptions = 2;
    public const int MaxOptions = 6;

    /// <summary>Telegram's limits for a native poll, so every channel can show the same question.</summary>
    public const int MaxQuestionLength = 300;
    public const int MaxOptionLength = 100;

    private Peiling()
    {
        Question = Wijk = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public PeilingKind Kind { get; private set; }

    public string Question { get; private set; }

    public List<string> Options { get; private set; } = [];

    public PeilingTarget Target { get; private set; }

    public string Wijk { get; private set; }

    public string? Buurt { get; private set; }

    /// <summary>The initiatief a steun peiling (or a peiling among its supporters) is about.</summary>
    public Guid? InitiatiefId { get; private set; }

    public DateTime OpensUtc { get; private set; }

    public DateTime ClosesUtc { get; private set; }

    public PeilingStatus Status { get; private set; }

    /// <summary>The coordinator's account id.</summary>
    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? ClosedUtc { get; private set; }

    /// <summary>When the result went to the participants (and the initiatief's timeline); null until then.</summary>
    public DateTime? ResultsSentUtc { get; private set; }

    /// <summary>
    /// A new peiling; the admin form checks the same rules first so the coordinator sees them at the
    /// field. A steun peiling's options are always "Ja" and "Nee".
    /// </summary>
    public static Peiling Create(PeilingDraft draft, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (PeilingRules.Check(draft, now) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems.Values), nameof(draft));
        }

        return new Peiling
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now)),
            Kind = draft.Kind,
            Question = draft.Question.Trim(),
            Options = draft.Kind == PeilingKind.Steun ? [.. PeilingRules.SteunOptions] : [.. draft.Options.Select(o => o?.Trim() ?? "").Where(o => o.Length > 0)],
            Target = draft.Target,
            Wijk = draft.Wijk,
            Buurt = draft.Target == PeilingTarget.Buurt ? draft.Buurt : null,
            InitiatiefId = draft.InitiatiefId,
            OpensUtc = draft.OpensUtc < now ? now : draft.OpensUtc,
            ClosesUtc = draft.ClosesUtc,
            Status = PeilingStatus.Open,
            CreatedBy = createdBy,
            CreatedUtc = now,
        };
    }

    /// <summary>Answers count until the closing time, even before the close job has run.</summary>
    public bool AcceptsAnswersAt(DateTime now) => Status == PeilingStatus.Open && now < ClosesUtc;

    public void Close(DateTime now)
    {
        if (Status == PeilingStatus.Gesloten)
        {
            throw new PeilingClosedException(Id);
        }

        Status = PeilingStatus.Gesloten;
        ClosedUtc = now;
    }

    public void MarkResultsSent(DateTime now)
    {
        if (Status != PeilingStatus.Gesloten)
        {
            throw new InvalidOperationException($"Peiling {Id} is still open; its result can be sent once it is closed.");
        }

        ResultsSentUtc ??= now;
    }
}
