using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Initiatieven;
using BuurtBot.Inzicht;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Photos;
using BuurtBot.Reminders;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Privacy;

/// <summary>
/// Everything BuurtBot keeps about a resident, one category per kind of data, in the order "vergeet
/// mij" erases them (initiatieven first: what goes with them is found through them; the
/// conversation last: its handle delivers the goodbye). The export reads the same list, the README's
/// verwerkingsregister is checked against it, and the inventory test fails for a table that is in
/// neither this list nor <see cref="WithoutResidentData"/>.
/// </summary>
public static class ResidentDataInventory
{
    private const string Coordinators = "De buurtcoördinatoren van de wijk en de beheerders";

    /// <summary>Tables that hold no data about a resident, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> WithoutResidentData { get; } = new Dictionary<string, string>
    {
        ["AspNetUsers"] = "coördinatoren (hun eigen account)",
        ["AspNetRoles"] = "rollen van coördinatoren",
        ["AspNetUserRoles"] = "rollen van coördinatoren",
        ["AspNetUserClaims"] = "coördinatoren",
        ["AspNetUserLogins"] = "coördinatoren",
        ["AspNetUserTokens"] = "coördinatoren",
        ["AspNetRoleClaims"] = "rollen van coördinatoren",
        ["DataProtectionKeys"] = "sleutels van de app",
        ["CannedReplies"] = "standaardantwoorden van coördinatoren",
        ["Peilingen"] = "vragen van coördinatoren",
        ["SteunMijlpalen"] = "aantallen per initiatief",
        ["MonitoringPlans"] = "het schema van een buurtdeal",
        ["Wijkjaren"] = "welke fase van het jaar een wijk heeft, en sinds wanneer",
        ["WijkagendaVersions"] = "de wijkagenda die het wijkteam schreef: thema's en doelstellingen, wie van het wijkteam",
        ["Buurtactiviteitenplannen"] = "welke initiatieven in het plan van de wijk staan (alleen hun nummer en thema)",
        // Staff data: the wijkteam's note for the wethouder (at most 300 characters; the form asks not to name
        // residents) about an initiatief, never public; the row goes with its initiatief (foreign key, cascade).
        ["WethouderBesprekingen"] = "welke initiatieven het wijkteam met de wijkwethouder wil bespreken, met een korte notitie van het wijkteam",
        ["Buurtbegrotingen"] = "het bedrag per wijk en jaar dat een beheerder vaststelde",
        ["NotificationMail"] = "e-mails aan coördinatoren: wat er gebeurde en een link, nooit tekst van een bewoner",
        ["HealthProbes"] = "een controle of de database kan schrijven",
        ["ClientRateWindows"] = "hoe vaak één adres per minuut een gesprek begon, als pseudoniem; na twee minuten gewist",
        ["OnbegrepenOptIn"] = "of een beheerder het bewaren van onbegrepen antwoorden aanzette",
        // A beheerder's reviewed copy of a masked answer, for the developers' test list: no link to a resident, and
        // the page asks to take out whatever could still point to someone.
        ["AntwoordVoorstellen"] = "voorstellen van beheerders wat een gemaskeerd antwoord betekent, zonder te weten van wie",
        ["__EFMigrationsHistory"] = "de versie van de database",
        ["__EFMigrationsLock"] = "de versie van de database",
    };

    public static IReadOnlyList<ResidentDataCategory> All { get; } =
    [
        new(
            "initiatieven", "initiatieven",
            ["Initiatieven", "InitiatiefTimeline", "Buurtdeals", "Afspraken", "DealAcceptances", "InitiatiefPublicTexts", "InitiatiefPublicAfspraken"],
            "Je initiatieven: titel, beschrijving, doel, plek, thema, wijk en buurt, je voorstel, de buurtdeal en wie wat deed",
            "Je idee bekijken, de buurtdeal sluiten en je op de hoogte houden",
            Coordinators + "; openbaar alleen de tekst die een coördinator goedkeurde, als je dat wilde",
            o => $"Tot {o.RetentionClosedInitiatiefMonths} maanden na afronden, intrekken of afwijzen; een afgeronde buurtdeal blijft daarna zonder persoonsgegevens",
            ExportInitiatievenAsync, EraseInitiatievenAsync),
        new(
            "wijzigingsverzoeken", "verzoeken om de buurtdeal te veranderen", ["DealChangeRequests"],
            "Wat je vroeg te veranderen aan een buurtdeal", "De coördinator laten weten wat je wilt", Coordinators,
            o => $"Als je initiatief: tot {o.RetentionClosedInitiatiefMonths} maanden na het einde",
            async (db, r, ct) => [.. await db.DealChangeRequests.AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.InitiatiefId, x.Text, x.CreatedUtc, x.HandledUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.DealChangeRequests.Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteDeleteAsync(ct)),
        new(
            "checkIns", "antwoorden op check-ins", ["MonitoringEntries"],
            "Hoe het met een afspraak gaat, je opmerking en je foto bij een check-in", "De buurtdeal volgen en helpen waar het vastloopt",
            Coordinators + "; de buurtmonitor toont alleen aantallen",
            o => $"Als je initiatief: tot {o.RetentionClosedInitiatiefMonths} maanden na het einde; daarna alleen de stand zonder naam of tekst",
            async (db, r, ct) => [.. await db.Set<MonitoringEntry>().AsNoTracking().Where(x => x.ByKind == ActorKind.Resident && x.ById == r.ResidentId)
                .Select(x => new { x.InitiatiefId, x.AfspraakId, Answer = x.Answer.ToString(), x.Flagged, x.Comment, x.PhotoReference, x.AtUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<MonitoringEntry>().Where(x => x.ByKind == ActorKind.Resident && x.ById == e.Resident.ResidentId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ById, ResidentErasure.Placeholder).SetProperty(x => x.Comment, (string?)null).SetProperty(x => x.PhotoReference, (string?)null), ct)),
        new(
            "fotos", "foto's", ["Photos", "PhotoContents"],
            "De foto's die je stuurde (zonder de gegevens die een camera erin zet, zoals de plek), bij je initiatief, een check-in of je gesprek",
            "Laten zien wat en waar je idee is, en hoe het gaat",
            Coordinators + "; openbaar alleen een foto die een coördinator goedkeurde (hij kijkt naar gezichten en kentekens)",
            o => $"Zo lang als je initiatief (tot {o.RetentionClosedInitiatiefMonths} maanden na het einde) of je gesprek (tot {o.RetentionConversationMonths} maanden na je laatste bericht)",
            PhotoExport.ExportAsync, PhotoExport.EraseAsync),
        new(
            "stappen", "welke vragen je beantwoordde", ["StepEvents"],
            "Bij welke vraag van het gesprek je was, of we een vraag opnieuw stelden, en wanneer (niet wat je typte)",
            "Zien waar bewoners vastlopen, zodat we de vragen beter maken; we tonen alleen aantallen van 5 of meer",
            "De beheerders en de coördinatoren van de wijk, alleen als aantallen",
            o => $"Zo lang als je gesprek (tot {o.RetentionConversationMonths} maanden na je laatste bericht)",
            async (db, r, ct) => [.. await db.Set<StepEvent>().AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.Dialog, x.Step, Outcome = x.Outcome.ToString(), x.Wijk, x.AtUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<StepEvent>().Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "overdrachten", "wanneer je met een mens wilde praten", ["Handoffs"],
            "Wanneer je vroeg om een coördinator, waarom (een knop of je vraag, niet wat je typte), en wanneer een coördinator je gesprek overnam of je stopte met wachten",
            "Zien hoe lang bewoners op een mens wachten, zodat de wijk genoeg mensen inzet; we tonen alleen aantallen van 5 of meer",
            "De beheerders en de coördinatoren van de wijk, alleen als aantallen",
            o => $"Zo lang als je gesprek (tot {o.RetentionConversationMonths} maanden na je laatste bericht)",
            async (db, r, ct) => [.. await db.Set<HandoffRecord>().AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.Reason, Kind = x.Kind.ToString(), x.Wijk, x.QueuedUtc, x.TakenUtc, x.CancelledUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<HandoffRecord>().Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "onbegrepen", "antwoorden die de bot niet begreep", ["OnbegrepenAntwoorden"],
            "Wat je typte als de bot je antwoord niet begreep, bij welke vraag, met telefoonnummers, e-mailadressen, postcodes en namen weggehaald; alleen als een beheerder dit aanzette",
            "De vragen en knoppen van de bot beter maken",
            "De beheerders, zonder te zien van wie het is",
            _ => "30 dagen",
            async (db, r, ct) => [.. await db.Set<OnbegrepenAntwoord>().AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.Where, x.Text, x.Wijk, x.AtUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<OnbegrepenAntwoord>().Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "checkInRondes", "check-ins die je kreeg", ["CheckInRounds"],
            "Wanneer we je een check-in stuurden en of je antwoordde", "Een herinnering sturen als je niet antwoordt", Coordinators,
            o => $"Als je initiatief: tot {o.RetentionClosedInitiatiefMonths} maanden na het einde",
            async (db, r, ct) => [.. await db.Set<CheckInRound>().AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.InitiatiefId, x.SentUtc, x.AnsweredUtc, x.ReminderSentUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<CheckInRound>().Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "evaluaties", "evaluaties", ["Evaluaties"],
            "Je cijfer en wat goed ging en beter kan aan het eind van een buurtdeal", "Leren voor de volgende buurtdeals",
            Coordinators + "; de buurtmonitor toont alleen gemiddelden",
            o => $"Als je initiatief: tot {o.RetentionClosedInitiatiefMonths} maanden na het einde; daarna alleen het cijfer zonder naam of tekst",
            async (db, r, ct) => [.. await db.Set<InitiatiefEvaluatie>().AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.InitiatiefId, x.Satisfaction, x.WentWell, x.CouldBeBetter, x.WouldDoAgain, x.AtUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<InitiatiefEvaluatie>().Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ResidentId, e.AnonymousId).SetProperty(x => x.WentWell, ResidentErasure.Placeholder).SetProperty(x => x.CouldBeBetter, ResidentErasure.Placeholder), ct)),
        new(
            "steun", "initiatieven die je steunt", ["InitiatiefSteun"],
            "Welke initiatieven je steunde en wanneer", "Tellen hoeveel buren een initiatief steunen",
            "Niemand ziet wie; coördinatoren en de buurtmonitor zien alleen het aantal",
            o => $"Zolang het initiatief bestaat (tot {o.RetentionClosedInitiatiefMonths} maanden na het einde); daarna alleen geteld",
            async (db, r, ct) => [.. await db.Steun.AsNoTracking().Where(x => x.ResidentId == r.ResidentId).Select(x => new { x.InitiatiefId, x.SupportedUtc }).ToListAsync(ct)],
            // Still counted, no longer theirs: unique because a resident supports each initiatief once.
            (e, ct) => e.Db.Steun.Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResidentId, e.AnonymousId), ct)),
        new(
            "wijkagenda", "wat je inbracht voor de wijkagenda", ["WijkagendaInput"],
            "Je thema's en je zin voor de wijkagenda", "De wijkagenda van je wijk maken", Coordinators + "; openbaar alleen aantallen per thema",
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht, of zolang je initiatief loopt",
            async (db, r, ct) => [.. await db.Set<WijkagendaInput>().AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.Year, x.Wijk, x.Themas, x.Sentence, x.AnsweredUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<WijkagendaInput>().Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteDeleteAsync(ct)),
        new(
            "wijkgesprek", "wat je zei in het wijkgesprek", ["WijkgesprekAntwoorden"],
            "Je antwoorden in het wijkgesprek: wat goed is, wat anders moet, wat je zelf zou doen", "De wijkanalyse en de wijkagenda van je wijk maken",
            Coordinators + "; openbaar alleen aantallen per thema, pas vanaf 5 bewoners",
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht, of zolang je initiatief loopt",
            async (db, r, ct) => [.. await db.Set<WijkgesprekAntwoord>().AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.Year, x.Wijk, x.Vraag, x.Thema, x.Text, x.AnsweredUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<WijkgesprekAntwoord>().Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteDeleteAsync(ct)),
        new(
            "peilingAntwoorden", "antwoorden op peilingen", ["PeilingAnswers"],
            "Wat je antwoordde op een buurtpeiling", "Weten wat de buurt vindt", "Niemand ziet wie; coördinatoren en de open data zien alleen aantallen",
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht; daarna alleen geteld",
            async (db, r, ct) => [.. await db.Set<PeilingAnswer>().AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.PeilingId, x.OptionIndex, x.AnsweredUtc, x.ChangedUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<PeilingAnswer>().Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResidentId, e.AnonymousId), ct)),
        new(
            "peilingBezorgingen", "peilingen die je kreeg", ["PeilingDeliveries"],
            "Welke peilingen we je stuurden (en de id van de Telegram-poll)", "Een peiling niet twee keer sturen", Coordinators,
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht",
            async (db, r, ct) => [.. await db.Set<PeilingDelivery>().AsNoTracking().Where(x => x.ResidentId == r.ResidentId)
                .Select(x => new { x.PeilingId, x.SentUtc, x.ChannelPollId }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<PeilingDelivery>().Where(x => x.ResidentId == e.Resident.ResidentId).ExecuteDeleteAsync(ct)),
        new(
            "notities", "notities van coördinatoren over je gesprek", ["ConversationNotes"],
            "Wat een coördinator bij je gesprek noteerde", "Collega's weten wat er speelt", Coordinators,
            o => $"Zo lang als het gesprek (tot {o.RetentionConversationMonths} maanden stilte, of met je initiatief)",
            async (db, r, ct) => [.. await db.ConversationNotes.AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.AuthorName, x.Text, x.CreatedUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.ConversationNotes.Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "taken", "taken voor coördinatoren over je gesprek", ["CoordinatorTasks"],
            "Dat je op een antwoord wacht of niet reageerde", "Coördinatoren herinneren aan wat ze moeten doen", Coordinators,
            o => $"Zo lang als het gesprek",
            async (db, r, ct) => [.. await db.Set<CoordinatorTask>().AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { Kind = x.Kind.ToString(), x.CreatedUtc, x.DoneUtc }).ToListAsync(ct)],
            (e, ct) => e.Db.Set<CoordinatorTask>().Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteDeleteAsync(ct)),
        new(
            "audit", "wat coördinatoren met je gesprek deden", ["AuditLog"],
            "Welke coördinator je gesprek overnam, beantwoordde of teruggaf (nooit wat je schreef)", "Verantwoorden wie wat deed", "De beheerders",
            o => $"{o.RetentionAuditMonths} maanden; na 'vergeet mij' blijft de regel zonder verwijzing naar jou",
            async (db, r, ct) => [.. await db.AuditLog.AsNoTracking().Where(x => x.ConversationId == r.ConversationId)
                .Select(x => new { x.TimestampUtc, x.Actor, x.Action }).ToListAsync(ct)],
            async (e, ct) =>
            {
                var id = e.Resident.ConversationId;
                await e.Db.AuditLog.Where(x => x.ConversationId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ConversationId, (Guid?)null), ct);
                // A detail may name the chat (a task's key): in either way a Guid is written.
                foreach (var text in new[] { id.ToString("D"), id.ToString("N") })
                {
                    await e.Db.AuditLog.Where(x => x.Detail != null && x.Detail.Contains(text))
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Detail, x => x.Detail!.Replace(text, ResidentErasure.Placeholder)), ct);
                }
            }),
        new(
            "berichten", "het gesprek", ["Transcript"],
            "Wat jij en BuurtBot (of een coördinator) in de chat schreven", "Het gesprek verder kunnen voeren en de coördinator laten meelezen", Coordinators,
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht als er geen initiatief van kwam; anders zo lang als je initiatief",
            async (db, r, ct) => [.. await db.Transcript.AsNoTracking().Where(x => x.ConversationId == r.ConversationId).OrderBy(x => x.Id)
                .Select(x => new { x.TimestampUtc, Author = x.Author.ToString(), x.AuthorName, x.Text }).ToListAsync(ct)],
            // The confirming turn's own lines stay until the goodbye is delivered: the sweep removes them.
            (e, ct) => e.Db.Transcript.Where(x => x.ConversationId == e.Resident.ConversationId && (x.Id < e.KeepTranscriptFrom || x.Author != TranscriptAuthor.Bot)).ExecuteDeleteAsync(ct)),
        new(
            "ontvangen", "berichten zoals ze binnenkwamen", ["Inbox"],
            "Je berichten zoals het kanaal ze bezorgde", "Geen bericht kwijtraken of dubbel beantwoorden", "Niemand; alleen de app",
            o => $"De inhoud {o.RetentionDeliveredPayloadDays} dagen na verwerking",
            async (db, r, ct) => [.. (await db.Inbox.AsNoTracking().Where(x => x.ConversationId == r.ConversationId).OrderBy(x => x.Id).ToListAsync(ct))
                .Select(x => new { x.ReceivedUtc, x.ProcessedUtc, Message = MessageText(x.Payload) })],
            async (e, ct) =>
            {
                // A message still waiting is answered by nobody: answering it would speak from the erased state.
                await e.Db.Inbox.Where(x => x.ConversationId == e.Resident.ConversationId && x.ProcessedUtc == null).ExecuteDeleteAsync(ct);
                await e.Db.Inbox.Where(x => x.ConversationId == e.Resident.ConversationId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Payload, "{}"), ct);
            }),
        new(
            "verzonden", "berichten van BuurtBot aan jou", ["Outbox"],
            "Wat BuurtBot je stuurde, tot het bezorgd is", "Elk bericht bezorgen, ook als het kanaal even niet werkt", "Niemand; alleen de app",
            o => $"De inhoud {o.RetentionDeliveredPayloadDays} dagen na bezorging",
            async (db, r, ct) => [.. (await db.Outbox.AsNoTracking().Where(x => x.ConversationId == r.ConversationId).OrderBy(x => x.Id).ToListAsync(ct))
                .Select(x => new { x.CreatedUtc, x.SentUtc, Status = x.Status.ToString(), Message = ReplyText(x.Payload) })],
            (e, ct) => e.Db.Outbox.Where(x => x.ConversationId == e.Resident.ConversationId && x.Id < e.KeepOutboxFrom).ExecuteDeleteAsync(ct)),
        new(
            "gesprek", "je gesprek en hoe we je bereiken", ["Conversations"],
            "Het kanaal (webchat, Telegram, Teams) en zijn id voor je chat, je taal, wijk en buurt, je toestemmingen, of een coördinator je gesprek heeft",
            "Je antwoorden en berichten sturen in de chat die je gebruikt", Coordinators + " (nooit je telefoonnummer: dat krijgen we niet)",
            o => $"Tot {o.RetentionConversationMonths} maanden na je laatste bericht als er geen initiatief van kwam; anders tot {o.RetentionClosedInitiatiefMonths} maanden na het einde van je initiatief",
            async (db, r, ct) => [.. await db.Conversations.AsNoTracking().Where(x => x.Id == r.ConversationId).Select(x => new
            {
                Id = r.ResidentId, x.Channel, x.ChannelConversationId, x.Locale, x.Wijk, x.Buurt, x.CreatedUtc, x.UpdatedUtc,
                x.ConsentUtc, x.PeilingenConsentUtc, Owner = x.Owner.ToString(), x.QueuedUtc,
            }).ToListAsync(ct)],
            (e, ct) => e.Db.Conversations.Where(x => x.Id == e.Resident.ConversationId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.DialogState, (string?)null)
                .SetProperty(x => x.ConsentUtc, (DateTime?)null)
                .SetProperty(x => x.PeilingenConsentUtc, (DateTime?)null)
                .SetProperty(x => x.PeilingenAskedUtc, (DateTime?)null)
                .SetProperty(x => x.Wijk, (string?)null)
                .SetProperty(x => x.Buurt, (string?)null)
                .SetProperty(x => x.Owner, ConversationOwner.Bot)
                .SetProperty(x => x.OwnerCoordinatorId, (string?)null)
                .SetProperty(x => x.QueuedUtc, (DateTime?)null)
                .SetProperty(x => x.ErasedUtc, e.Now)
                .SetProperty(x => x.UpdatedUtc, e.Now)
                .SetProperty(x => x.Version, x => x.Version + 1), ct)),
    ];

    /// <summary>Every table the inventory names.</summary>
    public static IReadOnlySet<string> Tables { get; } = All.SelectMany(c => c.Tables).ToHashSet();

    private static async Task<IReadOnlyList<object>> ExportInitiatievenAsync(BuurtBotDbContext db, ResidentKey resident, CancellationToken cancellationToken)
    {
        var residentId = resident.ResidentId;
        var initiatieven = await new EfInitiatiefStore(db).ForResidentAsync(residentId, cancellationToken);
        return [.. initiatieven.Select(i => new
        {
            i.Id,
            Role = i.InitiatiefnemerId == residentId ? "initiatiefnemer" : "mede-initiatiefnemer",
            i.Title,
            i.Description,
            i.Doel,
            Thema = i.Thema.ToString(),
            Wijk = i.WijkName,
            Buurt = i.BuurtName,
            i.Location,
            i.NeighboursInSupport,
            i.PublishedAt,
            PublicText = i.PublicText is { } p ? new { p.Title, p.Description, p.Doel, p.ApprovedAt, Afspraken = p.Afspraken.Select(a => a.Description) } : null,
            Status = i.Status.ToString(),
            i.CreatedAt,
            i.Voorstel,
            Timeline = i.Timeline.OrderBy(t => t.At).Select(t => new { t.At, From = t.From?.ToString(), To = t.To.ToString(), t.Reason }),
            Buurtdeal = i.Deal is null ? null : new
            {
                i.Deal.Version,
                i.Deal.ClosedAt,
                Afspraken = i.Deal.Afspraken.Select(a => new { Side = a.Side.ToString(), a.Description, a.AmountInEuros, a.DueDate, a.StartDate, Status = a.Status.ToString() }),
            },
        })];
    }

    private static async Task EraseInitiatievenAsync(ResidentErasure erasure, CancellationToken cancellationToken)
    {
        var db = erasure.Db;
        var residentId = erasure.Resident.ResidentId;
        var initiatieven = await new EfInitiatiefStore(db).ForResidentAsync(residentId, cancellationToken);
        var removed = new List<Guid>();
        foreach (var initiatief in initiatieven)
        {
            if (initiatief.InitiatiefnemerId == residentId && initiatief.Deal is not { IsClosed: true })
            {
                db.Initiatieven.Remove(initiatief);
                removed.Add(initiatief.Id);
                erasure.Unscheduled.Add(initiatief.Id);
                continue;
            }

            // A closed deal stays, without a trace of them: not as initiatiefnemer, not in what they typed.
            var wasInitiatiefnemer = initiatief.InitiatiefnemerId == residentId;
            initiatief.ForgetResident(residentId, ResidentErasure.Placeholder);
            if (wasInitiatiefnemer)
            {
                initiatief.ForgetResidentTexts(ResidentErasure.Placeholder);
                if (initiatief.MedeInitiatiefnemerIds.Count == 0)
                {
                    erasure.Unscheduled.Add(initiatief.Id); // nobody left to ask how it goes
                }
            }

            erasure.Anonymised++;
        }

        await db.SaveChangesAsync(cancellationToken);
        erasure.Removed = removed.Count;

        // What hung on a removed initiatief goes with it (steun and milestones cascade in the database).
        await db.Set<MonitoringEntry>().Where(x => removed.Contains(x.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CheckInRound>().Where(x => removed.Contains(x.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<InitiatiefEvaluatie>().Where(x => removed.Contains(x.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CoordinatorTask>().Where(x => x.InitiatiefId != null && removed.Contains(x.InitiatiefId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.DealChangeRequests.Where(x => removed.Contains(x.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        var unscheduled = erasure.Unscheduled.ToList();
        await db.Set<MonitoringPlan>().Where(x => unscheduled.Contains(x.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
    }

    private static string? MessageText(string payload)
    {
        if (payload == "{}")
        {
            return null;
        }

        var message = MessageJson.ReadInbound(payload);
        return message.Text ?? message.Value ?? message.EventName;
    }

    private static string? ReplyText(string payload) => payload == "{}" ? null : MessageJson.ReadOutbound(payload).Text;
}
