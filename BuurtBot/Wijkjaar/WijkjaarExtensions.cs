using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Conversations.Wijkjaar;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Public;
using BuurtBot.Storage;
using BuurtBot.Wijkjaar.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Wijkjaar;

public static class WijkjaarExtensions
{
    /// <summary>The wijk's year: its rhythm, the phase job and its invitations (the message dialog is an event dialog of the bot).</summary>
    public static IHostApplicationBuilder AddWijkjaar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WijkjaarOptions>().BindConfiguration(WijkjaarOptions.Section)
            .Validate(o => IsRitme(o), "Wijkjaar:Wijkanalyse, Wijkagenda, Buurtactiviteitenplan and Monitoring must each be \"MM-DD..MM-DD\", in that order, not overlapping (for example \"01-01..02-29\").")
            .Validate(o => IsCron(o.PhaseCron), "Wijkjaar:PhaseCron must be a Quartz cron expression, for example \"0 0 10 * * ?\".")
            .ValidateOnStart();
        builder.Services.AddScoped<Dialog, WijkjaarUitnodigingDialog>();
        builder.Services.AddScoped<WijkjaarInvitations>();
        builder.Services.AddScoped<WijkjaarFasen>();
        builder.Services.AddScoped<WijkagendaDocuments>();
        builder.Services.AddScoped<Buurtactiviteitenplannen>();
        builder.Services.AddScoped<Jaarverslagen>();
        builder.Services.AddScoped<WijkCijfersQuery>();
        AddWijkgesprek(builder.Services);
        return builder;
    }

    /// <summary>The wijkanalyse in the chat: its dialog (also as the wijkanalyse phase's event), its store, and what the wijkteam and the public read of it.</summary>
    private static void AddWijkgesprek(IServiceCollection services)
    {
        services.AddScoped<IWijkgesprekStore, EfWijkgesprekStore>();
        services.AddScoped<Dialog>(sp => new WijkgesprekDialog(sp.GetRequiredService<AreaCatalog>(), sp.GetRequiredService<IWijkgesprekStore>()));
        services.AddScoped<Wijkgesprekken>();
    }

    /// <summary>The wijk's public page, no sign-in: <c>/wijken/{wijk}</c>.</summary>
    public static IEndpointRouteBuilder MapWijkjaar(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/wijken").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/{wijk}", WijkPageAsync);
        return pages;
    }

    private static async Task<IResult> WijkPageAsync(
        string wijk, HttpContext context, AreaCatalog areas, BuurtBotDbContext db, WijkagendaDocuments documents, Buurtactiviteitenplannen plannen, Wijkgesprekken gesprekken, Jaarverslagen verslagen, WijkCijfersQuery cijfers, TimeProvider time, CancellationToken cancellationToken)
    {
        if (areas.FindWijk(wijk) is not { } found)
        {
            return Results.Text("Deze wijk bestaat niet. Kijk op /buurtmonitor welke wijken er zijn.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var year = AmsterdamTime.DateOf(time.GetUtcNow()).Year;
        var jaar = await db.Set<WijkjaarEntity>().AsNoTracking().FirstOrDefaultAsync(j => j.Wijk == found.Name && j.Year == year, cancellationToken);
        var agenda = await documents.PublishedAsync(found.Name, cancellationToken);
        var plan = await plannen.PublicAsync(found.Name, cancellationToken);
        var gesprek = await gesprekken.ForAsync(found.Name, year, withTexts: false, cancellationToken);
        var inCijfers = await cijfers.ForAsync(found.Name, year, cancellationToken);
        var verslag = plan is null ? null : await verslagen.ForAsync(found.Name, plan.Year, cancellationToken);
        context.Response.Headers.CacheControl = $"public, max-age={(int)PublicExtensions.CacheFor.TotalSeconds}";
        return new RazorComponentResult<WijkPage>(new { Wijk = found.Name, Year = year, Fase = jaar?.Huidig, Agenda = agenda, Plan = plan, Gesprek = gesprek, Verslag = verslag, Cijfers = inCijfers });
    }

    /// <summary>The daily look whether a phase opens, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void ScheduleWijkjaar(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<WijkjaarFaseJob>(
            (services, trigger) => trigger.WithIdentity("wijkjaar-daily", "wijkjaar")
                .WithCronSchedule(
                    services.GetRequiredService<IOptions<WijkjaarOptions>>().Value.PhaseCron,
                    cron => cron.InTimeZone(AmsterdamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            (_, job) => job.WithIdentity(WijkjaarFaseJob.Key));
    }

    private static bool IsCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsRitme(WijkjaarOptions options)
    {
        try
        {
            _ = options.Ritme();
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }
    }
}
