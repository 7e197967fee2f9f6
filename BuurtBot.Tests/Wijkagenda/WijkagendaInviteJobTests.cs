using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using BuurtBot.Wijkagenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BuurtBot.Tests.Wijkagenda;

/// <summary>The yearly Quartz job asks only residents who agreed and have not answered this year, once.</summary>
public sealed class WijkagendaInviteJobTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync()
    {
        // No quiet hours, so the test does not depend on the hour it runs at; QuietHoursTests cover them.
        _app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
        _app.Settings["Scheduling:QuietHoursEnd"] = "00:00:00";
        _app.Settings["Scheduling:QuietDays"] = "";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheJobInvitesOnlyConsentingResidentsWhoHaveNotAnsweredAndOnlyOnceAYear()
    {
        var invited = await ResidentAsync(peilingen: true, wijk: "Noordwest");
        var noPeilingen = await ResidentAsync(peilingen: false);
        var answered = await ResidentAsync(peilingen: true);
        var unreachable = await ResidentAsync(peilingen: true);
        var noPrivacyConsent = await ResidentChat.OpenAsync(_app);
        await noPrivacyConsent.ExpectReply(contains: "BuurtBot");
        await noPrivacyConsent.ExpectReply(contains: "Vind je dat goed?");
        await UpdateAsync(await noPrivacyConsent.ResidentIdAsync(_app), c => c.PeilingenConsentUtc = DateTime.UtcNow);
        await UpdateAsync(await unreachable.ResidentIdAsync(_app), c => c.Unreachable = true);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer(
                await answered.ResidentIdAsync(_app), "Zuid", BuurtBot.Scheduling.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).Year, [Thema.Groen], "", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var scheduler = await _app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(WijkagendaInviteJob.Key);

        await invited.ExpectReply(contains: "Eén keer per jaar vragen we: wat vind jij belangrijk in je buurt?", buttons: ["Ja, ik doe mee", "Nu niet"]);
        await invited.Tap("Ja, ik doe mee");
        await invited.ExpectReply(contains: "Kies een onderwerp");
        await invited.Tap("Ontmoeting");
        await invited.ExpectReply(contains: "Gekozen: Ontmoeting.");
        await invited.Tap("Klaar");
        await invited.ExpectReply(contains: "Schrijf één zin");
        await invited.Say("Een plek waar buren elkaar zien.");
        await invited.ExpectReply(contains: "voor de wijkagenda van Noordwest bewaard");
        await invited.ExpectReply(contains: "Wat wil je doen?");

        foreach (var chat in new[] { noPeilingen, answered, unreachable, noPrivacyConsent })
        {
            Assert.Equal(0, await InvitationsAsync(await chat.ResidentIdAsync(_app)));
        }

        // A second run in the same year (a restart, a misfire) invites nobody again.
        Assert.Equal(0, (await _app.WithAsync<WijkagendaInvitations, WijkagendaInviteOutcome>(i => i.InviteAsync(CancellationToken.None))).Invited);
        Assert.Equal(1, await InvitationsAsync(await invited.ResidentIdAsync(_app)));
        Assert.Equal("Ontmoeting", (await _app.QueryAsync(db => db.Set<WijkagendaInput>().SingleAsync(w => w.Wijk == "Noordwest"))).Themas);
    }

    [Fact]
    public async Task InQuietHoursTheInvitationWaitsForTheNextAllowedMoment()
    {
        await using var app = new BuurtBotApp();
        app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
        app.Settings["Scheduling:QuietHoursEnd"] = "23:59:59";
        app.Settings["Scheduling:QuietDays"] = "";
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            await db.Conversations.ExecuteUpdateAsync(s => s.SetProperty(c => c.PeilingenConsentUtc, DateTime.UtcNow));
        }

        var outcome = await app.WithAsync<WijkagendaInvitations, WijkagendaInviteOutcome>(i => i.InviteAsync(CancellationToken.None));

        Assert.Equal(0, outcome.Invited);
        Assert.NotNull(outcome.RetryAt);
        Assert.True(outcome.RetryAt > DateTimeOffset.UtcNow);
        Assert.Equal(0, await app.QueryAsync(db => db.Inbox.CountAsync(i => i.Kind == InboundKind.Event)));
    }

    private async Task<ResidentChat> ResidentAsync(bool peilingen, string? wijk = null)
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await UpdateAsync(await chat.ResidentIdAsync(_app), c =>
        {
            c.PeilingenConsentUtc = peilingen ? DateTime.UtcNow : null;
            c.Wijk = wijk;
        });
        return chat;
    }

    private async Task UpdateAsync(string residentId, Action<Conversation> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var conversation = await db.Conversations.SingleAsync(c => c.Id == Guid.Parse(residentId));
        change(conversation);
        await db.SaveChangesAsync();
    }

    private Task<int> InvitationsAsync(string residentId) => _app.QueryAsync(async db =>
        (await db.Inbox.AsNoTracking().Where(i => i.ConversationId == Guid.Parse(residentId) && i.Kind == InboundKind.Event).ToListAsync())
            .Count(i => MessageJson.ReadInbound(i.Payload).EventName == WijkagendaDialog.DialogId));
}
