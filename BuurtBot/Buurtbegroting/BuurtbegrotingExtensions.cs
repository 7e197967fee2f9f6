namespace BuurtBot.Buurtbegroting;

public static class BuurtbegrotingExtensions
{
    /// <summary>The budget per wijk and year (optional, <c>Buurtbegroting:Enabled</c>); its pages are Razor Pages in <c>Pages/</c>.</summary>
    public static IHostApplicationBuilder AddBuurtbegroting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BuurtbegrotingOptions>().BindConfiguration(BuurtbegrotingOptions.Section);
        builder.Services.AddScoped<Buurtbegrotingen>();
        return builder;
    }
}
