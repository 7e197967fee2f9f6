namespace BuurtBot.Inzicht;

public static class InzichtExtensions
{
    /// <summary>The Gesprekken-inzicht: figures per dialog step, read from the step events the turns write and the hand-off records, the check-ins' and evaluations' figures (page: /admin/inzicht).</summary>
    public static IHostApplicationBuilder AddInzicht(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<InzichtFigures>();
        builder.Services.AddScoped<HandoffInzichtQuery>();
        builder.Services.AddScoped<MonitoringInzichtQuery>();
        return builder;
    }
}
