using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace BuurtBot.Wijkagenda;

public static class WijkagendaExtensions
{
    /// <summary>Wijkagenda input: the dialog (also as the yearly job's event), its store, the summary and the invitation job.</summary>
    public static IHostApplicationBuilder AddWijkagenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WijkagendaOptions>().BindConfiguration(WijkagendaOptions.Section)
            .Validate(o => IsCron(o.InviteCron), "Wijkagenda:InviteCron must be a Quartz cron expression, for example \"0 0 10 1 3 ?\".")
            .ValidateOnStart();
        builder.Services.AddScoped<Dialog>(sp => new WijkagendaDialog(sp.GetRequiredService<AreaCatalog>(), sp.GetRequiredService<IWijkagendaStore>()));
        builder.Services.AddScoped<WijkagendaSummary>();
        builder.Services.AddScoped<IWijkagendaStore, EfWijkagendaStore>();
        builder.Services.AddScoped<WijkagendaInvitations>();
        return builder;
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

    /// <summary>The yearly invitation, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void ScheduleWijkagenda(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<WijkagendaInviteJob>(
            (services, trigger) => trigger.WithIdentity("wijkagenda-yearly", "wijkagenda")
                .WithCronSchedule(
                    services.GetRequiredService<IOptions<WijkagendaOptions>>().Value.InviteCron,
                    cron => cron.InTimeZone(AmsterdamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            (_, job) => job.WithIdentity(WijkagendaInviteJob.Key));
    }
}
