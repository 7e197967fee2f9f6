using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>The real host on Kestrel, on a free loopback port, for browsers and real HTTP clients.</summary>
public sealed class KestrelBuurtBotApp : BuurtBotApp
{
    public KestrelBuurtBotApp(string? databasePath = null)
        : base(databasePath)
    {
        Settings["urls"] = "http://127.0.0.1:0";
        UseKestrel(0);
    }

    /// <summary>Starts the server (once) and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }
}
