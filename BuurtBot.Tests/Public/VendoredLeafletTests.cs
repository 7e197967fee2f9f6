using System.Net;
using System.Text.Json;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Public;

/// <summary>Leaflet is committed under wwwroot/lib/leaflet by `npm run vendor`; these keep it in step with package.json and served.</summary>
public sealed class VendoredLeafletTests(SharedBuurtBotApp app) : IClassFixture<SharedBuurtBotApp>
{
    private static string ProjectDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BuurtBot", "package.json")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("BuurtBot/package.json not found above the test's output folder"), "BuurtBot");
        }
    }

    [Fact]
    public void TheVendoredLeafletIsTheVersionPackageJsonAsksFor()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "package.json")));
        var wanted = package.RootElement.GetProperty("dependencies").GetProperty("leaflet").GetString();
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "package-lock.json")));
        Assert.Equal(wanted, lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/leaflet").GetProperty("version").GetString());

        var vendored = Path.Combine(ProjectDirectory, "wwwroot", "lib", "leaflet");
        Assert.Equal(wanted, File.ReadAllText(Path.Combine(vendored, "VERSION")).Trim());
        // The file itself says which version it is, so a hand-copied file cannot pass with a stale VERSION.
        Assert.Contains($"Leaflet {wanted},", File.ReadLines(Path.Combine(vendored, "leaflet.js")).Take(3).Aggregate((a, b) => a + b));
    }

    [Theory]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css")]
    [InlineData("/lib/leaflet/images/marker-icon.png", "image/png")]
    [InlineData("/kaart/kaart.js", "text/javascript")]
    public async Task TheAppServesLeafletItself(string path, string mediaType)
    {
        using var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }
}
