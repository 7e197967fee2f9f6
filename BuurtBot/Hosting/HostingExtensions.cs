using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Hosting;

public static class HostingExtensions
{
    /// <summary>The port <c>dotnet run</c> listens on when ASPNETCORE_URLS (or --urls) says nothing.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddHostingDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        // First of the hosted services: a Production host without its public address stops before it migrates or listens.
        builder.Services.AddHostedService<PublicAddressValidation>();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>503 with Retry-After, not 500, for a request that failed because the database cannot take writes.</summary>
    public static WebApplication UseStorageFaultResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<StorageFaultResponses>();
        return app;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    /// <summary>camelCase names and enums, no nulls: the shape of the Bot Framework's JSON.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
