using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Public;

/// <summary>One in-process host over a real SQLite file with <see cref="PublicSeed"/> in it, shared by a test class.</summary>
public sealed class PublicApp : BuurtBotApp, IAsyncLifetime
{
    public PublicApp() => UseWelcomeBot = true;

    public PublicSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync() => Seed = await PublicSeed.CreateAsync(Services);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
