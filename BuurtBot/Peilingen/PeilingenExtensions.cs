using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Turns;

namespace BuurtBot.Peilingen;

public static class PeilingenExtensions
{
    /// <summary>
    /// Buurtpeilingen: the conversations (begun by host events), their store, the send and close
    /// jobs on the scheduler of AddScheduling, and the poll tracker the Telegram channel tells.
    /// </summary>
    public static IHostApplicationBuilder AddPeilingen(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PeilingenOptions>().BindConfiguration(PeilingenOptions.Section)
            .Validate(o => o.DraagvlakThreshold is > 0 and <= 1 && o.DraagvlakMinAnswers >= 1,
                "Peilingen:DraagvlakThreshold must be a share above 0 and at most 1 (0.6 = 60%); Peilingen:DraagvlakMinAnswers at least 1.")
            .ValidateOnStart();

        // Scoped: each gets the peilingen store of the turn's unit of work.
        builder.Services.AddScoped<Dialog>(sp => new PeilingDialog(sp.GetRequiredService<IPeilingen>()));
        builder.Services.AddScoped<Dialog>(sp => new PeilingAnswerDialog(sp.GetRequiredService<IPeilingen>()));
        builder.Services.AddScoped<Dialog>(sp => new PeilingUitslagDialog(sp.GetRequiredService<IPeilingen>()));
        builder.Services.AddScoped<Dialog>(sp => new PeilingenChoiceDialog(sp.GetRequiredService<AreaCatalog>(), sp.GetRequiredService<IPeilingen>()));

        builder.Services.AddScoped<IPeilingen, EfPeilingen>();
        builder.Services.AddScoped<PeilingSender>();
        builder.Services.AddScoped<PeilingCloser>();
        builder.Services.AddScoped<PeilingScheduler>();
        builder.Services.AddScoped<PeilingResults>();
        builder.Services.AddScoped<PeilingSendJob>();
        builder.Services.AddScoped<PeilingCloseJob>();
        builder.Services.AddSingleton<IPollTracker, PeilingPollTracker>();
        return builder;
    }
}
