using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Public;

/// <summary>
/// A small gemeente for the public pages: published initiatieven with a deal, check-ins, an
/// evaluation and support, next to everything that must never leave the admin pages: names,
/// contacts, channel ids, comments, change requests, notes, transcripts and an unpublished initiatief.
/// Every private string is distinctive, so finding it anywhere in a download is a leak.
/// </summary>
public sealed class PublicSeed
{
    private static readonly AreaCatalog Areas = AreaCatalogLoader.FromEmbeddedDefault();

    public const string XssTitle = "<img src=x onerror=\"window.__xss=1\">Bankje";

    public Guid ResidentConversationId { get; } = Guid.NewGuid();

    public Initiatief Moestuin { get; private set; } = null!;

    public Initiatief Speeltuin { get; private set; } = null!;

    public Initiatief Xss { get; private set; } = null!;

    public Initiatief Geheim { get; private set; } = null!;

    /// <summary>Texts of published initiatieven: these must be in the open data.</summary>
    public static readonly string[] PublicTexts =
    [
        "Moestuin Achterhof", "Samen groente kweken in de Achterhof", "Buren leren elkaar kennen via de moestuin",
        "Speeltuin Lapersveld", "Wij onderhouden de moestuin elke week.",
    ];

    /// <summary>A closed peiling's question in the coordinator's words: it belongs in the open data.</summary>
    public const string PublicPeilingQuestion = "Waar moet de nieuwe picknicktafel komen?";

    /// <summary>Strings that must appear in no export, page or download, whatever dataset is added later.</summary>
    public IReadOnlyList<string> PrivateStrings =>
    [
        // names and contacts
        "Wilhelmina Zonnebloem-Tjoelker", "Zonnebloem", "06-98765432", "wilhelmina.zt@voorbeeld.nl",
        "Hendrikje Plomp-Verbeek", "0612345678", "Jantina Oosterwolde-Bakx", "jantina@voorbeeld.org",
        // channel ids and resident ids
        "tg-chat-77123450999", "steunende-bewoner-Q7X", "mede-initiatiefnemer-K4Z", ResidentConversationId.ToString("D"),
        ResidentConversationId.ToString("N"), "AgACAgQAAxkBphotoref-zz9",
        // free text of residents who did not publish it, and of coordinators
        "Lapersweg 12 bij familie Kwakkelstein", "Kwakkelstein", "Arnoldus", "slechthorend", "Gerbrandina",
        "Geheime Jeu-de-boulesbaan Vreeswijk-Pronk", "Alleen voor mijn vrienden van nummer 14", "Vreeswijk",
        "Het loopt goed dankzij", "Fijne samenwerking met", "Sneller antwoord van de gemeente via",
        "Graag de bank weghalen", "Bel me op", "reden-van-afwijzing-Pimpernel",
        // a wijkagenda sentence, and a peiling about the unpublished initiatief (its question names it)
        "Ottolientje wil een bankje", "Steunt u de baan van Vreeswijk?",
        // the exact point a resident shared (only the rounded one may be published)
        "52.2251234", "5.1771234",
    ];

    public static async Task<PublicSeed> CreateAsync(IServiceProvider services)
    {
        var seed = new PublicSeed();
        await seed.SeedAsync(services);
        return seed;
    }

    private async Task SeedAsync(IServiceProvider services)
    {
        var now = DateTime.UtcNow.AddDays(-60);
        var resident = ResidentConversationId.ToString("D");
        var coordinator = Actor.Coordinator("coordinator-gerbrandina");

        Moestuin = Initiatief.Submit(Draft("Moestuin Achterhof", "Samen groente kweken in de Achterhof", "Buren leren elkaar kennen via de moestuin",
            Thema.Groen, "Centrum", InitiatiefLocation.AtPoint(52.2251234, 5.1771234, "Achterhof 3 bij Wilhelmina Zonnebloem-Tjoelker")), resident, now);
        Moestuin.AddMedeInitiatiefnemer("mede-initiatiefnemer-K4Z", now);
        Moestuin.ProposeWederkerigheid(
            [new AfspraakDraft(DealSide.Bewoners, "Wij onderhouden de moestuin elke week."), new AfspraakDraft(DealSide.Bewoners, "Wij ruimen het zwerfafval op."),
             new AfspraakDraft(DealSide.Gemeente, "De gemeente levert de grond.", 400m)], now.AddMinutes(1));
        Moestuin.StartReview(coordinator, now.AddMinutes(2));
        Moestuin.ProposeDeal(Moestuin.Voorstel, coordinator, now.AddMinutes(3));
        Moestuin.AcceptDeal(DealSide.Bewoners, Moestuin.Deal!.Version, Actor.Resident(resident), now.AddMinutes(4));
        Moestuin.AcceptDeal(DealSide.Gemeente, Moestuin.Deal.Version, coordinator, now.AddMinutes(5));
        Moestuin.StartUitvoering(coordinator, now.AddMinutes(6));
        var bewoners = Moestuin.Deal.AfsprakenOf(DealSide.Bewoners).ToList();
        Moestuin.UpdateAfspraakProgress(bewoners[0].Id, AfspraakStatus.Gedaan, now.AddMinutes(7));
        Moestuin.UpdateAfspraakProgress(bewoners[1].Id, AfspraakStatus.NietGelukt, now.AddMinutes(7));
        Moestuin.UpdateAfspraakProgress(Moestuin.Deal.AfsprakenOf(DealSide.Gemeente).Single().Id, AfspraakStatus.Gedaan, now.AddMinutes(7));
        Moestuin.PublishApproved("MOESTUIN1", now.AddMinutes(8));

        Speeltuin = Initiatief.Submit(Draft("Speeltuin Lapersveld", "Een speeltuin voor de kinderen uit de buurt", "Kinderen spelen buiten",
            Thema.SpelenEnBewegen, "Oost", InitiatiefLocation.AtStreet("Lapersweg 12 bij familie Kwakkelstein")), "bewoner-oost", now.AddDays(1));
        Speeltuin.PublishApproved("SPEELTUIN1", now.AddDays(1));

        Xss = Initiatief.Submit(Draft(XssTitle, "<script>window.__xss=2</script>Een bank", "Zitten", Thema.Ontmoeting, "Noordwest", null),
            "bewoner-noordwest", now.AddDays(2));
        Xss.Reject(coordinator, "reden-van-afwijzing-Pimpernel", now.AddDays(2));
        Xss.PublishApproved("BANKJE123", now.AddDays(2));

        Geheim = Initiatief.Submit(Draft("Geheime Jeu-de-boulesbaan Vreeswijk-Pronk", "Alleen voor mijn vrienden van nummer 14", "Vreeswijk speelt",
            Thema.SpelenEnBewegen, "Centrum", InitiatiefLocation.AtPoint(52.2230, 5.1700)), resident, now.AddDays(3));

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        db.Initiatieven.AddRange(Moestuin, Speeltuin, Xss, Geheim);
        db.Conversations.Add(new Conversation
        {
            Id = ResidentConversationId, Channel = "telegram", ChannelConversationId = "tg-chat-77123450999", Wijk = "Centrum",
            ChannelData = "{\"from\":{\"first_name\":\"Wilhelmina Zonnebloem-Tjoelker\"}}", CreatedUtc = now, UpdatedUtc = now,
        });
        db.Transcript.Add(new TranscriptEntry
        {
            ConversationId = ResidentConversationId, Author = TranscriptAuthor.Resident, AuthorName = "Wilhelmina Zonnebloem-Tjoelker",
            Text = "Bel me op 06-98765432 of mail wilhelmina.zt@voorbeeld.nl", Payload = "{}", TimestampUtc = now,
        });
        db.ConversationNotes.Add(new ConversationNote
        {
            ConversationId = ResidentConversationId, AuthorId = "coordinator-gerbrandina", AuthorName = "Gerbrandina",
            Text = "Mevrouw is slechthorend, liever bellen", CreatedUtc = now,
        });
        db.DealChangeRequests.Add(DealChangeRequest.Pass(Moestuin.Id, resident, "Graag de bank weghalen, zegt Arnoldus", now));
        var answered = CheckInRound.Send($"checkin:{Moestuin.Deal.Id}:a", Moestuin.Id, Moestuin.Deal.Id, ResidentConversationId, now.AddDays(10));
        answered.Answer(now.AddDays(11));
        db.Set<CheckInRound>().AddRange(
            answered,
            CheckInRound.Send($"checkin:{Moestuin.Deal.Id}:b", Moestuin.Id, Moestuin.Deal.Id, ResidentConversationId, now.AddDays(40)));
        db.Set<MonitoringEntry>().AddRange(
            MonitoringEntry.FromResident(
                Moestuin.Id, bewoners[0].Id, null, CheckInProgress.LooptGoed,
                "Het loopt goed dankzij Hendrikje Plomp-Verbeek 0612345678", "AgACAgQAAxkBphotoref-zz9", resident, now.AddDays(11)),
            MonitoringEntry.FromResident(Moestuin.Id, bewoners[1].Id, null, CheckInProgress.HulpNodig, null, null, resident, now.AddDays(11)));
        db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(
            Moestuin.Id, 4, "Fijne samenwerking met Jantina Oosterwolde-Bakx", "Sneller antwoord van de gemeente via jantina@voorbeeld.org", true, resident, now.AddDays(50)));
        // Support in two months for the Moestuin, one for the Speeltuin; and support for the unpublished one, which must not count.
        db.Steun.AddRange(
            InitiatiefSteun.Give(Moestuin, "steunende-bewoner-Q7X", new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc)),
            InitiatiefSteun.Give(Moestuin, "steunende-bewoner-Q7Y", new DateTime(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc)),
            InitiatiefSteun.Give(Moestuin, "steunende-bewoner-Q7Z", new DateTime(2026, 4, 2, 10, 0, 0, DateTimeKind.Utc)),
            InitiatiefSteun.Give(Speeltuin, "steunende-bewoner-Q7X", new DateTime(2026, 4, 5, 10, 0, 0, DateTimeKind.Utc)),
            InitiatiefSteun.Give(Geheim, "steunende-bewoner-Q7X", new DateTime(2026, 4, 6, 10, 0, 0, DateTimeKind.Utc)));
        // Closed peilingen: one open question for the wijk, one steun peiling about the unpublished initiatief.
        var keuze = Peiling.Create(new PeilingDraft(PeilingKind.Keuze, PublicPeilingQuestion, ["Bij de moestuin", "Op het plein"], PeilingTarget.Wijk, "Centrum", null, null,
            now.AddDays(20), now.AddDays(27)), "coordinator-gerbrandina", now.AddDays(19));
        var geheim = Peiling.Create(new PeilingDraft(PeilingKind.Steun, "Steunt u de baan van Vreeswijk?", [], PeilingTarget.Wijk, "Centrum", null, Geheim.Id,
            now.AddDays(20), now.AddDays(27)), "coordinator-gerbrandina", now.AddDays(19));
        var answers = new[]
        {
            keuze.Answer(resident, 0, now.AddDays(21)),
            keuze.Answer("steunende-bewoner-Q7X", 1, now.AddDays(21)),
            keuze.Answer("steunende-bewoner-Q7Y", 1, now.AddDays(22)),
            geheim.Answer(resident, 0, now.AddDays(21)),
        };
        keuze.Close(now.AddDays(27));
        geheim.Close(now.AddDays(27));
        db.Set<Peiling>().AddRange(keuze, geheim);
        db.Set<PeilingAnswer>().AddRange(answers);
        db.Set<WijkagendaInput>().AddRange(
            WijkagendaInput.Answer(resident, "Centrum", 2026, [Thema.Groen, Thema.Ontmoeting], "Ottolientje wil een bankje bij de vijver", now),
            WijkagendaInput.Answer("steunende-bewoner-Q7X", "Centrum", 2026, [Thema.Groen], "Meer bomen", now));
        await db.SaveChangesAsync();
    }

    private static InitiatiefDraft Draft(string title, string description, string doel, Thema thema, string wijk, InitiatiefLocation? location) =>
        new(title, description, thema, Areas.FindWijk(wijk)!, null, location, doel, 5);
}
