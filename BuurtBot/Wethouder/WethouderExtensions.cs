namespace BuurtBot.Wethouder;

public static class WethouderExtensions
{
    /// <summary>The wijkwethouder's read-only pages (<c>Pages/</c>) and the wijkteam's "ter bespreking" mark.</summary>
    public static IHostApplicationBuilder AddWethouder(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<WethouderBesprekingen>();
        builder.Services.AddScoped<WethouderOverzicht>();
        return builder;
    }
}
