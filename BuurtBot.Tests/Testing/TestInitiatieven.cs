using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>Initiatieven made straight through the domain, as the resident's journey would, and saved with the app's DbContext.</summary>
public static class TestInitiatieven
{
    private static readonly AreaCatalog Areas = AreaCatalogLoader.FromEmbeddedDefault();

    public static IReadOnlyList<AfspraakDraft> Voorstel { get; } =
    [
        new(DealSide.Bewoners, "Wij onderhouden de tuin."),
        new(DealSide.Gemeente, "De gemeente betaalt de bank.", 250m),
    ];

    /// <summary>
    /// Submits an initiatief for <paramref name="residentId"/> (a conversation id, or any string for
    /// a resident without a chat) and lets <paramref name="shape"/> move it along before it is saved.
    /// </summary>
    public static async Task<Initiatief> SeedAsync(
        IServiceProvider services,
        string title,
        string wijk,
        string residentId = "bewoner-zonder-chat",
        Thema thema = Thema.Groen,
        string? buurt = null,
        Action<Initiatief, DateTime>? shape = null,
        string description = "Een bank en wat groen.",
        DateTime? at = null)
    {
        // Half an hour ago by default; a test on a fake clock passes its own time.
        var now = at ?? DateTime.UtcNow.AddMinutes(-30);
        var initiatief = Initiatief.Submit(
            new InitiatiefDraft(title, description, thema, Areas.FindWijk(wijk)!, buurt is null ? null : Areas.FindBuurt(buurt)!.Buurt, InitiatiefLocation.AtStreet("Stroeslaan"), "Buren ontmoeten elkaar.", 12),
            residentId,
            now);
        initiatief.ProposeWederkerigheid(Voorstel, now.AddMinutes(1));
        shape?.Invoke(initiatief, now.AddMinutes(2));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        db.Initiatieven.Add(initiatief);
        await db.SaveChangesAsync();
        return initiatief;
    }

    /// <summary>Checked by the wijkteam: the point from which a buurtdeal can be proposed.</summary>
    public static void InBehandeling(Initiatief initiatief, DateTime now) =>
        initiatief.StartReview(Actor.Coordinator("seed"), now);

    /// <summary>In Gesprek with version 1 of the deal proposed from the resident's Voorstel.</summary>
    public static void WithDeal(Initiatief initiatief, DateTime now)
    {
        InBehandeling(initiatief, now);
        initiatief.ProposeDeal(initiatief.Voorstel, Actor.Coordinator("seed"), now.AddSeconds(1));
    }
}
