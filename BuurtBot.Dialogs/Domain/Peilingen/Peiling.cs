namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// A buurtpeiling a coordinator started: one question, its options, who is asked, and from when
/// until when. Wijk is always set (for the supporters of an initiatief, the initiatief's wijk), so
/// the peiling belongs to that wijk's coordinators. Its answers and deliveries are rows of their
/// own (a wijk answers in thousands), made and changed only through the peiling's methods, which
/// refuse what its status and times do not allow. Times are UTC, passed in from a TimeProvider.
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
        UtcTime.Require(now, nameof(now));
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

    /// <summary>Sent from its opening time until it closes; before that the send job waits.</summary>
    public bool IsOpenAt(DateTime now) => AcceptsAnswersAt(now) && now >= OpensUtc;

    /// <summary>For a forged button or a stale poll: is this one of the peiling's options?</summary>
    public bool HasOption(int optionIndex) => optionIndex >= 0 && optionIndex < Options.Count;

    /// <summary>
    /// The peiling goes to one resident. Only while it is open, so nobody gets a question they can
    /// no longer answer; the delivery is what later lets them answer at all.
    /// </summary>
    public PeilingDelivery DeliverTo(string residentId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        UtcTime.Require(now, nameof(now));
        if (!IsOpenAt(now))
        {
            throw new PeilingNotOpenException(Id, now, OpensUtc, ClosesUtc);
        }

        return new PeilingDelivery(Id, residentId, now);
    }

    /// <summary>A resident's first answer. The caller checks first that the peiling was delivered to them.</summary>
    public PeilingAnswer Answer(string residentId, int optionIndex, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        RequireAnswerable(optionIndex, now);
        return new PeilingAnswer(Id, residentId, optionIndex, now);
    }

    /// <summary>The resident picks another option; false when it is the one they had, which changes nothing.</summary>
    public bool ChangeAnswer(PeilingAnswer answer, int optionIndex, DateTime now)
    {
        RequireOwn(answer);
        RequireAnswerable(optionIndex, now);
        return answer.ChangeTo(optionIndex, now);
    }

    /// <summary>
    /// The resident takes their answer back (a retracted Telegram vote). Allowed while answers
    /// count; the caller then removes <paramref name="answer"/>, so it no longer counts.
    /// </summary>
    public void WithdrawAnswer(PeilingAnswer answer, DateTime now)
    {
        RequireOwn(answer);
        UtcTime.Require(now, nameof(now));
        if (!AcceptsAnswersAt(now))
        {
            throw new PeilingNotOpenException(Id, now, OpensUtc, ClosesUtc);
        }
    }

    /// <summary>At its closing time the result is fixed: no answer counts after this.</summary>
    public void Close(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Status == PeilingStatus.Gesloten)
        {
            throw new PeilingClosedException(Id);
        }

        if (now < ClosesUtc)
        {
            // Residents were told until when they can answer; closing early would break that promise.
            throw new PeilingStillOpenException(Id, ClosesUtc);
        }

        Status = PeilingStatus.Gesloten;
        ClosedUtc = now;
    }

    /// <summary>The result went out. Only a closed peiling has one; a second run keeps the first moment.</summary>
    public void MarkResultsSent(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Status != PeilingStatus.Gesloten)
        {
            throw new PeilingStillOpenException(Id, ClosesUtc);
        }

        ResultsSentUtc ??= now;
    }

    private void RequireAnswerable(int optionIndex, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (!AcceptsAnswersAt(now))
        {
            throw new PeilingNotOpenException(Id, now, OpensUtc, ClosesUtc);
        }

        if (!HasOption(optionIndex))
        {
            throw new UnknownPeilingOptionException(Id, optionIndex, Options.Count);
        }
    }

    private void RequireOwn(PeilingAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.PeilingId != Id)
        {
            throw new ArgumentException($"This answer belongs to peiling {answer.PeilingId}, not to {Id}.", nameof(answer));
        }
    }
}
