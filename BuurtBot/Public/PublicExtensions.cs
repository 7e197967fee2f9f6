using BuurtBot.Hosting;
using BuurtBot.Public.Buurtmonitor;
using BuurtBot.Public.Kaart;
using BuurtBot.Public.OpenData;
using BuurtBot.Public.Toegankelijkheid;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BuurtBot.Public;

/// <summary>
/// The public pages anyone may open without signing in: the map of published initiatieven
/// (/kaart), the open data (/open-data) and the buurtmonitor (/buurtmonitor). Static server-rendered
/// Razor components: they work without JavaScript, and Razor encodes every resident-typed text.
/// </summary>
public static class PublicExtensions
{
    /// <summary>How long a browser or proxy may keep a public page or download: fresh enough, and a burst of visitors costs one query.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan DownloadCacheFor = TimeSpan.FromMinutes(5);

    public static IHostApplicationBuilder AddPublicPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KaartOptions>().BindConfiguration(KaartOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRazorComponents();
        builder.Services.AddScoped<PublishedInitiatieven>();
        builder.Services.AddScoped<KaartService>();
        builder.Services.AddScoped<BuurtmonitorStatistics>();
        builder.Services.AddScoped<OpenDataCatalog>();

        // Every IOpenDataSet in this assembly is in the catalogue: a new dataset is one new class.
        foreach (var type in typeof(IOpenDataSet).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOpenDataSet).IsAssignableFrom(t)))
        {
            builder.Services.AddScoped(typeof(IOpenDataSet), type);
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/kaart", KaartAsync);
        pages.MapGet("/kaart/{id:guid}", KaartDetailAsync);
        pages.MapGet("/open-data", OpenDataPage);
        pages.MapGet("/open-data/{name}.{format}", DownloadAsync);
        pages.MapGet("/buurtmonitor", BuurtmonitorAsync);
        pages.MapGet("/toegankelijkheid", Toegankelijkheid);
        return pages;
    }

    private static async Task<RazorComponentResult<KaartPage>> KaartAsync(HttpContext context, KaartService kaart, IOptions<KaartOptions> options, CancellationToken cancellationToken)
    {
        var model = await kaart.PublicAsync(KaartFilter.From(context.Request), cancellationToken);
        AllowTiles(context, options.Value);
        Cache(context, CacheFor);
        return new RazorComponentResult<KaartPage>(new { Model = model });
    }

    private static async Task<IResult> KaartDetailAsync(Guid id, HttpContext context, PublishedInitiatieven published, CancellationToken cancellationToken)
    {
        var initiatief = (await published.AllAsync(cancellationToken)).FirstOrDefault(i => i.Id == id);
        if (initiatief is null)
        {
            return Results.Text(PublicTexts.NotFound, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var supporters = (await published.SupportersAsync(cancellationToken)).GetValueOrDefault(id);
        Cache(context, CacheFor);
        return new RazorComponentResult<KaartDetailPage>(new { Initiatief = initiatief, Supporters = supporters });
    }

    private static RazorComponentResult<OpenDataPage> OpenDataPage(HttpContext context, OpenDataCatalog catalog)
    {
        Cache(context, CacheFor);
        return new RazorComponentResult<OpenDataPage>(new { Catalog = catalog });
    }

    private static async Task<IResult> DownloadAsync(string name, string format, HttpContext context, OpenDataCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        var dataset = catalog.Find(name);
        var kind = dataset is null ? null : OpenDataFormat.For(dataset).FirstOrDefault(f => f.Extension == format);
        if (dataset is null || kind is null)
        {
            return Results.Text(PublicTexts.DownloadNotFound, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var rows = await dataset.RowsAsync(cancellationToken);
        Cache(context, DownloadCacheFor);
        var fileName = $"buurtbot-{dataset.Name}.{kind.Extension}";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        context.Response.ContentType = kind.ContentType;
        if (kind == OpenDataFormat.Csv)
        {
            // With a byte order mark: spreadsheet programs otherwise read UTF-8 as their local code page.
            byte[] csv = [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(OpenDataCsv.Write(dataset, rows))];
            return Results.Bytes(csv, kind.ContentType);
        }

        var generated = time.GetUtcNow().UtcDateTime;
        return Results.Stream(
            stream => kind == OpenDataFormat.Json
                ? OpenDataJson.WriteJsonAsync(stream, dataset, rows, generated, cancellationToken)
                : OpenDataJson.WriteGeoJsonAsync(stream, dataset, rows, cancellationToken),
            kind.ContentType);
    }

    private static async Task<RazorComponentResult<BuurtmonitorPage>> BuurtmonitorAsync(HttpContext context, BuurtmonitorStatistics statistics, CancellationToken cancellationToken)
    {
        var figures = await statistics.PerWijkAsync(cancellationToken);
        var wijk = context.Request.Query["wijk"].ToString();
        var known = figures.FirstOrDefault(f => string.Equals(f.Wijk, wijk, StringComparison.OrdinalIgnoreCase))?.Wijk;
        Cache(context, CacheFor);
        return new RazorComponentResult<BuurtmonitorPage>(new { Figures = figures, Wijk = known });
    }

    private static RazorComponentResult<ToegankelijkheidPage> Toegankelijkheid(HttpContext context)
    {
        Cache(context, CacheFor);
        return new RazorComponentResult<ToegankelijkheidPage>();
    }

    /// <summary>The map's pages, and only they, may load images from the tile server.</summary>
    public static void AllowTiles(HttpContext context, KaartOptions options) =>
        SecurityHeaders.AllowImagesFrom(context, options.TileImageSource);

    private static void Cache(HttpContext context, TimeSpan duration) =>
        context.Response.Headers.CacheControl = $"public, max-age={(int)duration.TotalSeconds}";
}
