using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// A resident's proposal and everything that happens to it: its status, a timeline of every move,
/// and the buurtdeal once one is proposed. All changes go through methods that refuse what the
/// programme does not allow. Times are UTC, passed in by the caller from its TimeProvider.
/// </summary>
public sealed class Initiatief
{
    /// <summary>Short enough for a chat button and a list on the admin page.</summary>
    public const int MaxTitleLength = 80;

    public const int MaxDescriptionLength = 4000;

    private readonly List<string> _medeInitiatiefnemerIds = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<AfspraakDraft> _voorstel = [];

    private Initiatief(Guid id, string initiatiefnemerId, DateTime now)
    {
        Id = id;
        InitiatiefnemerId = initiatiefnemerId;
        CreatedAt = now;
        UpdatedAt = now;
        Title = Description = Doel = WijkName = string.Empty;
    }

    // For EF Core materialisation.
    private Initiatief()
    {
        Title = Description = Doel = WijkName = InitiatiefnemerId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public Thema Thema { get; private set; }

    /// <summary>The wijk's name as in the area file; names, because CBS codes are not always known.</summary>
    public string WijkName { get; private set; }

    public string? BuurtName { get; private set; }

    public InitiatiefLocation? Location { get; private set; }

    /// <summary>What the initiatief should achieve.</summary>
    public string Doel { get; private set; }

    /// <summary>How many neighbours the initiatiefnemer said are behind it at intake: their estimate, not counted support.</summary>
    public int NeighboursInSupport { get; private set; }

    /// <summary>
    /// When the initiatiefnemer agreed to show it publicly (map, open data, share link); null while
    /// private. Nothing of an unpublished initiatief leaves the admin pages.
    /// </summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>
    /// The code in its share links and QR code. Kept when it is made private again, so a printed QR
    /// code works again once it is republished.
    /// </summary>
    public string? ShareCode { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    /// <summary>The resident who submitted it.</summary>
    public string InitiatiefnemerId { get; private set; }

    public IReadOnlyList<string> MedeInitiatiefnemerIds => _medeInitiatiefnemerIds;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public InitiatiefStatus Status { get; private set; }

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    /// <summary>
    /// What the resident proposed in the wederkerigheid dialog: what the bewoners will do and what
    /// they ask of the gemeente. The coordinator starts the buurtdeal from it.
    /// </summary>
    public IReadOnlyList<AfspraakDraft> Voorstel => _voorstel;

    /// <summary>Null until a buurtdeal is proposed in the gesprek.</summary>
    public Buurtdeal? Deal { get; private set; }

    /// <summary>
    /// The texts a coordinator approved for the public pages; null until then. Public pages read
    /// only these, and only the parts still approved for the resident's current text.
    /// </summary>
    public ApprovedPublicText? PublicText { get; private set; }

    /// <summary>Fingerprint of the title, description and doel as they are now.</summary>
    public string TextFingerprint => PublicTextFingerprint.Of(Title, Description, Doel);

    /// <summary>The approved title, description and doel, when they were approved for the texts as they are now.</summary>
    public bool HasApprovedPublicText => PublicText is not null && PublicText.SourceFingerprint == TextFingerprint;

    /// <summary>Published but something a resident typed waits for a coordinator before the public sees it.</summary>
    public bool NeedsPublicReview => IsPublished
        && (!HasApprovedPublicText || (Deal?.Afspraken.Any(a => ApprovedAfspraakText(a) is null) ?? false));

    public bool IsFinal => InitiatiefLifecycle.IsFinal(Status);

    /// <summary>What the resident hears about the next step, as a DomainTexts key.</summary>
    public string NextStepTextKey => InitiatiefLifecycle.NextStepTextKey(Status);

    /// <summary>For a prompt validator: would this title be accepted?</summary>
    public static bool IsValidTitle(string? title) =>
        !string.IsNullOrWhiteSpace(title) && title.Trim().Length <= MaxTitleLength;

    /// <summary>A resident submits their idea: the initiatief starts as Ingediend, which is the first timeline entry.</summary>
    public static Initiatief Submit(InitiatiefDraft draft, string initiatiefnemerId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(initiatiefnemerId);
        UtcTime.Require(now, nameof(now));

        var initiatief = new Initiatief(Guid.CreateVersion7(new DateTimeOffset(now)), initiatiefnemerId, now);
        initiatief.Apply(draft);
        initiatief.Status = InitiatiefStatus.Ingediend;
        initiatief.Record(Actor.Resident(initiatiefnemerId), null, InitiatiefStatus.Ingediend, null, now);
        return initiatief;
    }

    /// <summary>The resident or coordinator corrects the details; only before the deal is closed, since the deal is about these.</summary>
    public void UpdateDetails(InitiatiefDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        UtcTime.Require(now, nameof(now));
        if (Status is not (InitiatiefStatus.Ingediend or InitiatiefStatus.InBehandeling or InitiatiefStatus.Gesprek))
        {
            throw new InvalidOperationException($"The details of an initiatief can be changed until its buurtdeal is closed; it is {Status}.");
        }

        Apply(draft);
        UpdatedAt = now;
    }

    /// <summary>The resident's wederkerigheid proposal; it can be revised until the deal itself is proposed.</summary>
    public void ProposeWederkerigheid(IEnumerable<AfspraakDraft> afspraken, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(afspraken);
        UtcTime.Require(now, nameof(now));
        if (Deal is not null || IsFinal)
        {
            throw new InvalidOperationException("The wederkerigheid proposal can change until a buurtdeal is proposed.");
        }

        var list = afspraken.ToList();
        if (list.Any(a => string.IsNullOrWhiteSpace(a.Description) || a.Description.Trim().Length > Afspraak.MaxDescriptionLength || a.AmountInEuros is < 0))
        {
            throw new ArgumentException($"Each proposed afspraak needs a description of at most {Afspraak.MaxDescriptionLength} characters and no negative amount.", nameof(afspraken));
        }

        _voorstel.Clear();
        _voorstel.AddRange(list.Select(a => a with { Description = a.Description.Trim() }));
        UpdatedAt = now;
    }

    public void AddMedeInitiatiefnemer(string residentId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        UtcTime.Require(now, nameof(now));
        if (residentId == InitiatiefnemerId || _medeInitiatiefnemerIds.Contains(residentId))
        {
            return; // already behind it; adding twice is harmless
        }

        _medeInitiatiefnemerIds.Add(residentId);
        UpdatedAt = now;
    }

    /// <summary>
    /// "Vergeet mij": the resident no longer appears on this initiatief, not as initiatiefnemer, not
    /// in its timeline, not in its deal's acceptances. What was agreed stays; who agreed is gone.
    /// </summary>
    public void ForgetResident(string residentId, string placeholder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(placeholder);
        if (InitiatiefnemerId == residentId)
        {
            InitiatiefnemerId = placeholder;
        }

        _medeInitiatiefnemerIds.Remove(residentId);
        foreach (var entry in _timeline.Where(t => t.ActorKind == ActorKind.Resident && t.ActorId == residentId))
        {
            entry.ForgetActor(placeholder);
        }

        Deal?.ForgetActor(residentId, placeholder);
    }

    /// <summary>
    /// The initiatiefnemer agreed to make it public. A share code, once given, stays: links already
    /// shared must keep pointing here. Publishing twice keeps the first moment.
    /// </summary>
    public void Publish(string shareCode, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (!IsValidShareCode(shareCode))
        {
            throw new ArgumentException("A share code is 6 to 16 letters and digits.", nameof(shareCode));
        }

        ShareCode ??= shareCode;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>
    /// A buurtcoördinator approves what the public may read: the title, description and doel in the
    /// wording they checked (personal data taken out), and the public wording of each current
    /// afspraak. An empty description, doel or afspraak text publishes none. Approves the texts as
    /// they are now; a later change to one of them needs a new approval.
    /// </summary>
    public void ApprovePublicText(string title, string description, string doel, IReadOnlyDictionary<Guid, string> afspraken, Actor coordinator, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(afspraken);
        ArgumentNullException.ThrowIfNull(coordinator);
        UtcTime.Require(now, nameof(now));
        if (coordinator.Kind != ActorKind.Coordinator)
        {
            throw new ArgumentException("Only a buurtcoördinator approves the public text.", nameof(coordinator));
        }

        if (!IsValidTitle(title))
        {
            throw new ArgumentException($"A public title is required and at most {MaxTitleLength} characters.", nameof(title));
        }

        description = (description ?? string.Empty).Trim();
        doel = (doel ?? string.Empty).Trim();
        if (description.Length > MaxDescriptionLength || doel.Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A public description or doel is at most {MaxDescriptionLength} characters.", nameof(description));
        }

        var current = Deal?.Afspraken ?? [];
        if (afspraken.Keys.FirstOrDefault(id => current.All(a => a.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            throw new KeyNotFoundException($"Afspraak {unknown} is not in this initiatief's buurtdeal; reload the page.");
        }

        if (afspraken.Values.Any(t => (t ?? string.Empty).Trim().Length > Afspraak.MaxDescriptionLength))
        {
            throw new ArgumentException($"A public afspraak text is at most {Afspraak.MaxDescriptionLength} characters.", nameof(afspraken));
        }

        var approvedAfspraken = current.Select(a => new ApprovedAfspraakText(
            a.Id, (afspraken.GetValueOrDefault(a.Id) ?? string.Empty).Trim(), PublicTextFingerprint.Of(a.Description)));
        PublicText = new ApprovedPublicText(title.Trim(), description, doel, TextFingerprint, approvedAfspraken, coordinator.Id, now);
        UpdatedAt = now;
    }

    /// <summary>The approved public wording of <paramref name="afspraak"/> when it was approved for its text as it is now.</summary>
    public ApprovedAfspraakText? ApprovedAfspraakText(Afspraak afspraak)
    {
        ArgumentNullException.ThrowIfNull(afspraak);
        var approved = PublicText?.Afspraken.FirstOrDefault(a => a.AfspraakId == afspraak.Id);
        return approved is not null && approved.SourceFingerprint == PublicTextFingerprint.Of(afspraak.Description) ? approved : null;
    }

    /// <summary>
    /// Turns this copy into what the public may see: every text a resident typed is replaced by its
    /// approved wording, or by <paramref name="untitled"/> (title) and nothing (the rest) while
    /// none is approved; who is behind it, the proposal and the timeline's reasons go. Only for a
    /// copy loaded for a public page, never one that is saved.
    /// </summary>
    public void RedactForPublic(string untitled)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(untitled);
        var approved = HasApprovedPublicText ? PublicText : null;
        foreach (var afspraak in Deal?.Afspraken ?? [])
        {
            afspraak.ReplaceDescription(ApprovedAfspraakText(afspraak)?.Description ?? string.Empty);
        }

        Title = approved?.Title ?? untitled;
        Description = approved?.Description ?? string.Empty;
        Doel = approved?.Doel ?? string.Empty;
        Location = Location?.WithoutStreet();
        InitiatiefnemerId = string.Empty;
        _medeInitiatiefnemerIds.Clear();
        _voorstel.Clear();
        _timeline.Clear();
        PublicText = null;
    }

    /// <summary>
    /// "Vergeet mij" on an initiatief that stays (its deal is closed): what the resident typed
    /// becomes its approved public wording, or <paramref name="placeholder"/> where none was
    /// approved, and their proposal goes. The approval stays valid for the replaced texts.
    /// </summary>
    public void ForgetResidentTexts(string placeholder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(placeholder);
        var approved = HasApprovedPublicText ? PublicText : null;
        var approvedAfspraken = new List<ApprovedAfspraakText>();
        foreach (var afspraak in Deal?.Afspraken ?? [])
        {
            var text = ApprovedAfspraakText(afspraak);
            afspraak.ReplaceDescription(string.IsNullOrEmpty(text?.Description) ? placeholder : text.Description);
            if (text is not null)
            {
                approvedAfspraken.Add(text with { SourceFingerprint = PublicTextFingerprint.Of(afspraak.Description) });
            }
        }

        Title = approved?.Title ?? placeholder;
        Description = string.IsNullOrEmpty(approved?.Description) ? placeholder : approved.Description;
        Doel = string.IsNullOrEmpty(approved?.Doel) ? placeholder : approved.Doel;
        Location = Location?.WithoutStreet();
        _voorstel.Clear();
        if (approved is not null)
        {
            approved.Restamp(TextFingerprint, approvedAfspraken);
        }
        else
        {
            PublicText = null;
        }
    }

    /// <summary>The initiatiefnemer changed their mind: it disappears from the map, the open data and its share link.</summary>
    public void Unpublish(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        PublishedAt = null;
        UpdatedAt = now;
    }

    /// <summary>Letters and digits only, so it fits a Telegram deep link (<c>/start steun_CODE</c>) and a URL unescaped.</summary>
    public static bool IsValidShareCode(string? code) =>
        code is { Length: >= 6 and <= 16 } && code.All(char.IsAsciiLetterOrDigit);

    public bool IsInitiatiefnemer(string residentId) =>
        residentId == InitiatiefnemerId || _medeInitiatiefnemerIds.Contains(residentId);

    /// <summary>
    /// The moves the admin page can offer from here. DealGesloten is left out: a deal closes
    /// when both sides accept it (<see cref="AcceptDeal"/>), not by pressing a button.
    /// </summary>
    public IReadOnlyList<InitiatiefStatus> AllowedTransitions() =>
        [.. InitiatiefLifecycle.AllowedFrom(Status).Where(s => s != InitiatiefStatus.DealGesloten)];

    /// <summary>
    /// Moves to <paramref name="to"/> as the admin page asks. Afgewezen needs a reason; DealGesloten
    /// only happens through <see cref="AcceptDeal"/>.
    /// </summary>
    public void MoveTo(InitiatiefStatus to, Actor actor, DateTime now, string? reason = null)
    {
        if (to == InitiatiefStatus.DealGesloten && InitiatiefLifecycle.IsAllowed(Status, to))
        {
            throw new InvalidOperationException("A buurtdeal is closed by both sides accepting the same version; use AcceptDeal.");
        }

        if (to == InitiatiefStatus.Afgewezen && string.IsNullOrWhiteSpace(reason))
        {
            // The resident is told why; an empty reason would leave them guessing.
            throw new ArgumentException("Rejecting an initiatief needs a reason for the resident.", nameof(reason));
        }

        Transition(to, actor, now, reason);
    }

    public void StartReview(Actor actor, DateTime now) => MoveTo(InitiatiefStatus.InBehandeling, actor, now);

    public void StartGesprek(Actor actor, DateTime now) => MoveTo(InitiatiefStatus.Gesprek, actor, now);

    public void StartUitvoering(Actor actor, DateTime now) => MoveTo(InitiatiefStatus.InUitvoering, actor, now);

    public void StartEvaluatie(Actor actor, DateTime now) => MoveTo(InitiatiefStatus.Evaluatie, actor, now);

    public void Complete(Actor actor, DateTime now) => MoveTo(InitiatiefStatus.Afgerond, actor, now);

    public void Reject(Actor actor, string reason, DateTime now) => MoveTo(InitiatiefStatus.Afgewezen, actor, now, reason);

    public void Withdraw(Actor actor, DateTime now, string? reason = null) => MoveTo(InitiatiefStatus.Ingetrokken, actor, now, reason);

    /// <summary>
    /// Proposes the buurtdeal. The proposal is what the gesprek wederkerigheid is about, so from
    /// InBehandeling it moves the initiatief to Gesprek; from Gesprek it just adds the deal.
    /// From Ingediend it is refused: the wijkteam checks an initiatief before talking about a deal.
    /// </summary>
    public Buurtdeal ProposeDeal(IEnumerable<AfspraakDraft> afspraken, Actor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(afspraken);
        ArgumentNullException.ThrowIfNull(actor);
        UtcTime.Require(now, nameof(now));
        if (Deal is not null)
        {
            throw new InvalidOperationException("This initiatief already has a buurtdeal; change its afspraken instead of proposing a new one.");
        }

        if (Status != InitiatiefStatus.Gesprek)
        {
            Transition(InitiatiefStatus.Gesprek, actor, now, null);
        }

        Deal = new Buurtdeal(Guid.CreateVersion7(new DateTimeOffset(now)), now, afspraken);
        UpdatedAt = now;
        return Deal;
    }

    public Afspraak AddAfspraak(AfspraakDraft draft, DateTime now)
    {
        var afspraak = OpenDeal(now).Add(draft);
        UpdatedAt = now;
        return afspraak;
    }

    public void ChangeAfspraak(Guid afspraakId, string description, decimal? amountInEuros, DateOnly? dueDate, DateOnly? startDate, DateTime now)
    {
        OpenDeal(now).Change(afspraakId, description, amountInEuros, dueDate, startDate);
        UpdatedAt = now;
    }

    public void RemoveAfspraak(Guid afspraakId, DateTime now)
    {
        OpenDeal(now).Remove(afspraakId);
        UpdatedAt = now;
    }

    /// <summary>
    /// One side accepts <paramref name="version"/> of the deal: the bewoners through one of the
    /// initiatiefnemers, the gemeente through a coordinator. When both sides have accepted the
    /// current version the deal closes and the initiatief moves to DealGesloten.
    /// </summary>
    /// <exception cref="StaleDealVersionException">The deal changed since the version that was shown.</exception>
    public void AcceptDeal(DealSide side, int version, Actor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var deal = OpenDeal(now);
        var mayAccept = side switch
        {
            DealSide.Bewoners => actor.Kind == ActorKind.Resident && IsInitiatiefnemer(actor.Id),
            DealSide.Gemeente => actor.Kind == ActorKind.Coordinator,
            _ => false,
        };
        if (!mayAccept)
        {
            throw new ArgumentException($"{actor} cannot accept for {side}: the bewoners accept through an initiatiefnemer, the gemeente through a buurtcoördinator.", nameof(actor));
        }

        var closed = deal.Accept(side, version, actor, now);
        UpdatedAt = now;
        if (closed)
        {
            Transition(InitiatiefStatus.DealGesloten, actor, now, null);
        }
    }

    /// <summary>How an afspraak is going, reported in a check-in or on the admin page.</summary>
    public void UpdateAfspraakProgress(Guid afspraakId, AfspraakStatus status, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Deal is null || Status is not (InitiatiefStatus.DealGesloten or InitiatiefStatus.InUitvoering or InitiatiefStatus.Evaluatie))
        {
            throw new InvalidOperationException($"Progress on afspraken is tracked between DealGesloten and Afgerond; this initiatief is {Status}.");
        }

        Deal.SetProgress(afspraakId, status);
        UpdatedAt = now;
    }

    private Buurtdeal OpenDeal(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Deal is null)
        {
            throw new InvalidOperationException("This initiatief has no buurtdeal yet; propose one first.");
        }

        if (Status != InitiatiefStatus.Gesprek)
        {
            throw new InvalidOperationException($"The buurtdeal can be changed and accepted during the gesprek; this initiatief is {Status}.");
        }

        return Deal;
    }

    private void Apply(InitiatiefDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft.Wijk, nameof(draft));
        if (!IsValidTitle(draft.Title))
        {
            throw new ArgumentException($"A title is required and at most {MaxTitleLength} characters.", nameof(draft));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Description, nameof(draft));
        if (draft.Description.Trim().Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A description is at most {MaxDescriptionLength} characters.", nameof(draft));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Doel, nameof(draft));
        ArgumentOutOfRangeException.ThrowIfNegative(draft.NeighboursInSupport, nameof(draft));
        if (draft.Buurt is not null && !draft.Wijk.Contains(draft.Buurt))
        {
            throw new ArgumentException($"Buurt '{draft.Buurt.Name}' is not in wijk '{draft.Wijk.Name}'.", nameof(draft));
        }

        Title = draft.Title.Trim();
        Description = draft.Description.Trim();
        Thema = draft.Thema;
        WijkName = draft.Wijk.Name;
        BuurtName = draft.Buurt?.Name;
        Location = draft.Location;
        Doel = draft.Doel.Trim();
        NeighboursInSupport = draft.NeighboursInSupport;
    }

    /// <summary>
    /// Puts something that happened around the initiatief on its timeline without moving it (a
    /// buurtpeiling's result): an entry from its status to the same status, with the note as reason.
    /// </summary>
    public void RecordNote(Actor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        UtcTime.Require(now, nameof(now));
        UpdatedAt = now;
        Record(actor, Status, Status, note.Trim(), now);
    }

    private void Transition(InitiatiefStatus to, Actor actor, DateTime now, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        UtcTime.Require(now, nameof(now));
        if (!InitiatiefLifecycle.IsAllowed(Status, to))
        {
            throw new IllegalTransitionException(Status, to);
        }

        var from = Status;
        Status = to;
        UpdatedAt = now;
        Record(actor, from, to, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
    }

    private void Record(Actor actor, InitiatiefStatus? from, InitiatiefStatus to, string? reason, DateTime now) =>
        _timeline.Add(new TimelineEntry(Guid.CreateVersion7(new DateTimeOffset(now)), now, actor.Kind, actor.Id, from, to, reason));
}
