namespace BuurtBot.Hosting;

/// <summary>
/// Production must say where it is reachable: without a public-URL setting or a named AllowedHosts the
/// bot would have to guess from requests, so it refuses to start and names the setting.
/// </summary>
internal sealed class PublicAddressValidation(IConfiguration configuration, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && PublicAddress.FromConfiguration(configuration) is null)
        {
            throw new InvalidOperationException(
                $"Set {PublicAddress.Key} to this bot's public address (environment: Hosting__PublicBaseUrl=https://buurtbot.example.nl), " +
                "or AllowedHosts to its public host name (AllowedHosts=buurtbot.example.nl). Share links and QR codes are built from it; " +
                "in Production BuurtBot never takes the address from a request's Host header.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
