using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>Uses a service of the app (the coordinator's workflow, say) in a scope of its own, as a request would.</summary>
public static class AppServices
{
    public static async Task<T> WithAsync<TService, T>(this BuurtBotApp app, Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
