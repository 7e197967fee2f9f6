using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Dialogs.Domain.Buurtdeals;

/// <summary>
/// The afspraken of both sides and who accepted which version of them. Every change to the
/// afspraken raises <see cref="Version"/>, which voids earlier acceptances: both sides must agree
/// to the same afspraken. Owned by its <see cref="Initiatief"/>, which makes all changes, so that
/// closing the deal and moving the initiatief to DealGesloten cannot come apart.
/// </summary>
public sealed class Buurtdeal
{
    private readonly List<Afspraak> _afspraken = [];
    private readonly List<DealAcceptance> _acceptances = [];

    internal Buurtdeal(Guid id, DateTime proposedAt, IEnumerable<AfspraakDraft> afspraken)
    {
        Id = id;
        ProposedAt = proposedAt;
        foreach (var draft in afspraken)
        {
            _afspraken.Add(NewAfspraak(draft));
        }

        // The proposal as a whole is the first version.
        Version = 1;
    }

    // For EF Core materialisation.
    private Buurtdeal()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Starts at 1 when proposed; +1 for every added, changed or removed afspraak.</summary>
    public int Version { get; private set; }

    public DateTime ProposedAt { get; private set; }

    /// <summary>When the second side accepted the current version; null while open.</summary>
    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<Afspraak> Afspraken => _afspraken;

    /// <summary>Every acceptance ever given, including those of older versions.</summary>
    public IReadOnlyList<DealAcceptance> Acceptances => _acceptances;

    public bool IsClosed => ClosedAt is not null;

    public bool IsAcceptedBy(DealSide side) => _acceptances.Any(a => a.Side == side && a.Version == Version);

    public IEnumerable<Afspraak> AfsprakenOf(DealSide side) => _afspraken.Where(a => a.Side == side);

    internal Afspraak Add(AfspraakDraft draft)
    {
        EnsureOpen();
        var afspraak = NewAfspraak(draft);
        _afspraken.Add(afspraak);
        Version++;
        return afspraak;
    }

    internal void Change(Guid afspraakId, string description, decimal? amountInEuros, DateOnly? dueDate, DateOnly? startDate)
    {
        EnsureOpen();
        Find(afspraakId).Change(description, amountInEuros, dueDate, startDate);
        Version++;
    }

    internal void Remove(Guid afspraakId)
    {
        EnsureOpen();
        _afspraken.Remove(Find(afspraakId));
        Version++;
    }

    /// <returns>True when this acceptance closed the deal.</returns>
    internal bool Accept(DealSide side, int version, Actor actor, DateTime now)
    {
        EnsureOpen();
        if (version != Version)
        {
            throw new StaleDealVersionException(version, Version);
        }

        // Wederkerigheid: a deal where one side promises nothing is not a buurtdeal.
        foreach (var s in Enum.GetValues<DealSide>())
        {
            if (!AfsprakenOf(s).Any())
            {
                throw new InvalidOperationException($"The buurtdeal has no afspraak for {s} yet; both sides must commit to something before it can be accepted.");
            }
        }

        if (!IsAcceptedBy(side))
        {
            _acceptances.Add(new DealAcceptance(side, version, actor.Kind, actor.Id, now));
        }

        if (Enum.GetValues<DealSide>().All(IsAcceptedBy))
        {
            ClosedAt = now;
            return true;
        }

        return false;
    }

    /// <summary>Progress while the deal is carried out; not a change to what was agreed, so the version stays.</summary>
    internal void SetProgress(Guid afspraakId, AfspraakStatus status)
    {
        if (!IsClosed)
        {
            throw new InvalidOperationException("Progress on an afspraak is tracked once the buurtdeal is closed.");
        }

        Find(afspraakId).SetStatus(status);
    }

    internal void ForgetActor(string actorId, string placeholder)
    {
        foreach (var acceptance in _acceptances.Where(a => a.ActorKind == ActorKind.Resident && a.ActorId == actorId))
        {
            acceptance.ForgetActor(placeholder);
        }
    }

    private static Afspraak NewAfspraak(AfspraakDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new Afspraak(Guid.NewGuid(), draft.Side, draft.Description, draft.AmountInEuros, draft.DueDate, draft.StartDate);
    }

    private Afspraak Find(Guid afspraakId) =>
        _afspraken.FirstOrDefault(a => a.Id == afspraakId)
        ?? throw new KeyNotFoundException($"The buurtdeal has no afspraak {afspraakId}.");

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new InvalidOperationException("The buurtdeal is closed: both sides agreed to these afspraken, so they can no longer be changed or accepted again.");
        }
    }
}
