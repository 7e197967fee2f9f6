using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>The real host on Kestrel, on a free loopback port, for browsers and real HTTP clients.</summary>
public sealed class KestrelBuurtBotApp : BuurtBotApp
{
    /// <param name="port">0: any free port; a given port when something must know the address before the host starts (an OpenID provider's redirect).</param>
    public KestrelBuurtBotApp(string? databasePath = null, int port = 0)
        : base(databasePath)
    {
        Settings["urls"] = $"http://127.0.0.1:{port}";
        UseKestrel(port);
    }

    /// <summary>A loopback port free at this moment.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
