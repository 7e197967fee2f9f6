using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>"Mijn gegevens" and "vergeet mij" in the web chat, checked in the real database.</summary>
public sealed class PrivacyTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    [Fact]
    public async Task MijnGegevensGivesAJsonFileWithTheResidentsInitiatief()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Zuidwest", Buurt = "Kerkelanden", Title = "Picknicktafel in Kerkelanden" });
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.Tap("Privacy");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?", buttons: ["Wat bewaren jullie?", "Mijn gegevens", "Vergeet mij", "Terug naar het menu"]);
        await chat.Tap("Mijn gegevens");
        var export = await chat.ExpectReply(contains: "Hier zijn al je gegevens");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?");

        var attachment = export["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/json", attachment["contentType"]!.GetValue<string>());
        var dataUrl = attachment["contentUrl"]!.GetValue<string>();
        var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..])))!.AsObject();
        var initiatief = Assert.Single(Property(json, "initiatieven").AsArray())!.AsObject();
        Assert.Equal("Picknicktafel in Kerkelanden", Property(initiatief, "title").GetValue<string>());
        Assert.Equal("initiatiefnemer", Property(initiatief, "role").GetValue<string>());
        Assert.Equal(await chat.ResidentIdAsync(app), Property(Property(json, "resident").AsObject(), "id").GetValue<string>());
    }

    [Fact]
    public async Task VergeetMijErasesTheTranscriptAndOpenInitiatievenAndKeepsAClosedDealWithoutTheResident()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Hilversumse Meent", Buurt = null, Thema = "Ontmoeting", Title = "Buurtfeest op het veld" });
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Hilversumse Meent", Buurt = null, Thema = "Groen", Title = "Geveltuinen aan de Meent" }, firstErrand: false);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var residentId = await chat.ResidentIdAsync(app);
        var closedId = await CloseDealAsync(residentId, "Buurtfeest op het veld");

        await chat.Say("vergeet mij");
        await chat.ExpectReply(contains: "Weet je het zeker?", buttons: ["Ja", "Nee"]);
        await chat.Tap("Ja");
        await chat.ExpectReply(contains: "Je gegevens zijn gewist.");

        var conversationId = Guid.Parse(residentId);
        await TelegramBotApp.EventuallyAsync(
            () => app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == conversationId && c.ConsentUtc == null && c.DialogState == null)),
            "the resident to be forgotten");
        var transcript = await app.QueryAsync(db => db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId).ToListAsync());
        Assert.DoesNotContain(transcript, t => t.Author == TranscriptAuthor.Resident);
        Assert.DoesNotContain(transcript, t => (t.Text ?? "").Contains("Buurtfeest", StringComparison.Ordinal) || (t.Text ?? "").Contains("Geveltuinen", StringComparison.Ordinal));
        var left = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().Where(i => i.WijkName == "Hilversumse Meent").ToListAsync());
        var kept = Assert.Single(left);
        Assert.Equal(closedId, kept.Id);
        Assert.Equal("gewist", kept.InitiatiefnemerId);
        Assert.DoesNotContain(kept.Timeline, t => t.ActorId == residentId);
        Assert.DoesNotContain(kept.Deal!.Acceptances, a => a.ActorId == residentId);
    }

    [Fact]
    public async Task AResidentWhoChangesTheirMindIsNotErased()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Privacy");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?");
        await chat.Tap("Vergeet mij");
        await chat.ExpectReply(contains: "Weet je het zeker?");

        await chat.Tap("Nee");
        await chat.ExpectReply(contains: "Goed, ik wis niets.");

        Assert.NotNull((await chat.ConversationAsync(app)).ConsentUtc);
    }

    /// <summary>The coordinator and the resident both accepted the deal (straight in the domain: the chat is not what this test is about).</summary>
    private async Task<Guid> CloseDealAsync(string residentId, string title) =>
        await app.QueryAsync(async db =>
        {
            var initiatief = await db.Initiatieven.SingleAsync(i => i.InitiatiefnemerId == residentId && i.Title == title);
            var coordinator = Actor.Coordinator("coordinator-test");
            var now = DateTime.UtcNow;
            initiatief.StartReview(coordinator, now);
            var deal = initiatief.ProposeDeal(initiatief.Voorstel, coordinator, now);
            initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, coordinator, now);
            initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, Actor.Resident(residentId), now);
            await db.SaveChangesAsync();
            Assert.Equal(InitiatiefStatus.DealGesloten, initiatief.Status);
            return initiatief.Id;
        });

    private static JsonNode Property(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value
        ?? throw new KeyNotFoundException($"No '{name}' in the export: {json.ToJsonString()}");
}
