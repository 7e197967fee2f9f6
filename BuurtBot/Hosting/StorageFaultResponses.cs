using System.Text.Json;
using BuurtBot.Storage;

namespace BuurtBot.Hosting;

/// <summary>
/// A request that failed because the database cannot take writes (disk full, read-only, server gone)
/// gets <c>503 Service Unavailable</c> with <c>Retry-After</c>, never a bare 500: nothing was
/// acknowledged, and clients (Telegram, Web Chat, a proxy) know to send again later.
/// </summary>
internal sealed partial class StorageFaultResponses(RequestDelegate next, StorageHealth health, ILogger<StorageFaultResponses> logger)
{
    /// <summary>Seconds a client is asked to wait; a freed disk is found by the next health probe (every few seconds).</summary>
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StorageFaults.IsResourceFault(ex) && !context.Response.HasStarted)
        {
            health.Faulted(ex);
            LogStorageFault(context.Request.Method, context.Request.Path, ex.GetBaseException().Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json";
            // Direct Line's error shape, which every JSON client here can read.
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                error = new
                {
                    code = "ServiceUnavailable",
                    message = $"BuurtBot cannot store anything right now; nothing of this request was kept. Try again in {RetryAfterSeconds} seconds.",
                },
            }));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: the database cannot take writes ({Reason}); answered 503")]
    private partial void LogStorageFault(string method, string path, string reason);
}
