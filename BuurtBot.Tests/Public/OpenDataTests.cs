using System.Net;
using System.Text;
using System.Text.Json;
using BuurtBot.Public.OpenData;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Public;

public sealed class OpenDataTests(PublicApp app) : IClassFixture<PublicApp>
{
    private readonly HttpClient _http = app.CreateClient();

    private PublicSeed Seed => app.Seed;

    [Fact]
    public async Task InitiatievenCsvHasOnePublishedInitiatiefPerRowWithRoundedPointsAndWijkCentres()
    {
        using var response = await _http.GetAsync("/open-data/initiatieven.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("buurtbot-initiatieven.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Csv.ReadRecords(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal([Seed.Moestuin.Id, Seed.Speeltuin.Id, Seed.Xss.Id], rows.Select(r => Guid.Parse(r["id"])));

        var moestuin = rows[0];
        Assert.Equal("Moestuin Achterhof", moestuin["titel"]);
        Assert.Equal("Samen groente kweken in de Achterhof", moestuin["beschrijving"]);
        Assert.Equal("Groen", moestuin["thema"]);
        Assert.Equal("InUitvoering", moestuin["status"]);
        Assert.Equal("Centrum", moestuin["wijk"]);
        Assert.Equal(("52.225", "5.177", "ongeveer-100m"), (moestuin["breedtegraad"], moestuin["lengtegraad"], moestuin["locatie_precisie"]));
        Assert.Equal("3", moestuin["steunbetuigingen"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", moestuin["openbaar_sinds"]);

        // Only a street: placed at the wijk's centre and said so.
        var speeltuin = rows[1];
        Assert.Equal(("52.225", "5.195", "wijkcentrum"), (speeltuin["breedtegraad"], speeltuin["lengtegraad"], speeltuin["locatie_precisie"]));
        Assert.Equal("1", speeltuin["steunbetuigingen"]);
        Assert.Equal(PublicSeed.XssTitle, rows[2]["titel"]);
        Assert.Equal("Afgewezen", rows[2]["status"]);
    }

    [Fact]
    public async Task JsonCarriesTheFieldsLicenceAndTypedValues()
    {
        using var response = await _http.GetAsync("/open-data/initiatieven.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("buurtbot-initiatieven.json", response.Content.Headers.ContentDisposition!.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("CC0-1.0", root.GetProperty("licentie").GetString());
        var catalog = app.Services.CreateScope().ServiceProvider.GetRequiredService<OpenDataCatalog>();
        Assert.Equal(catalog.Find("initiatieven")!.Fields.Select(f => f.Name), root.GetProperty("velden").EnumerateArray().Select(f => f.GetProperty("naam").GetString()));
        var rows = root.GetProperty("rijen").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var moestuin = rows.Single(r => r.GetProperty("id").GetString() == Seed.Moestuin.Id.ToString("D"));
        Assert.Equal(3, moestuin.GetProperty("steunbetuigingen").GetInt32());
        Assert.Equal(52.225, moestuin.GetProperty("breedtegraad").GetDouble());
        Assert.Equal("Buren leren elkaar kennen via de moestuin", moestuin.GetProperty("doel").GetString());
        Assert.Equal(JsonValueKind.Null, moestuin.GetProperty("buurt").ValueKind);
    }

    [Fact]
    public async Task GeoJsonIsAFeatureCollectionOfPointsLongitudeFirst()
    {
        using var response = await _http.GetAsync("/open-data/initiatieven.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], 5.0, 5.3);   // longitude of Hilversum first
            Assert.InRange(coordinates[1], 52.1, 52.3); // then latitude
        }

        var moestuin = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == Seed.Moestuin.Id.ToString("D"));
        Assert.Equal([5.177, 52.225], moestuin.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("Moestuin Achterhof", moestuin.GetProperty("properties").GetProperty("titel").GetString());
    }

    [Fact]
    public async Task BuurtdealsSayHowWellEachSideKeptItsWord()
    {
        var deals = Csv.ReadRecords((await _http.GetStringAsync("/open-data/buurtdeals.csv")).TrimStart('\uFEFF'));
        var deal = Assert.Single(deals);
        Assert.Equal(Seed.Moestuin.Id.ToString("D"), deal["initiatief_id"]);
        Assert.Equal(("2", "1", "1", "50"), (deal["bewoners_afspraken"], deal["bewoners_gedaan"], deal["bewoners_niet_gelukt"], deal["bewoners_nagekomen_pct"]));
        Assert.Equal(("1", "1", "0", "100"), (deal["gemeente_afspraken"], deal["gemeente_gedaan"], deal["gemeente_niet_gelukt"], deal["gemeente_nagekomen_pct"]));
        Assert.NotEqual("", deal["gesloten_op"]);

        var afspraken = Csv.ReadRecords((await _http.GetStringAsync("/open-data/afspraken.csv")).TrimStart('\uFEFF'));
        Assert.Equal(3, afspraken.Count);
        Assert.Contains(afspraken, a => a["kant"] == "Bewoners" && a["omschrijving"] == "Wij onderhouden de moestuin elke week." && a["status"] == "Gedaan");
        Assert.Contains(afspraken, a => a["kant"] == "Bewoners" && a["status"] == "NietGelukt");
        Assert.Contains(afspraken, a => a["kant"] == "Gemeente" && a["bedrag_euro"] == "400" && a["status"] == "Gedaan" && a["buurtdeal_status"] == "gesloten");
    }

    [Fact]
    public async Task WijkenCountOnlyPublishedInitiatievenAndNeverComments()
    {
        var wijken = Csv.ReadRecords((await _http.GetStringAsync("/open-data/wijken.csv")).TrimStart('\uFEFF'));
        Assert.Equal(8, wijken.Count);
        var centrum = wijken.Single(w => w["wijk"] == "Centrum");
        // The unpublished Jeu-de-boules initiatief in Centrum is not counted, nor its support.
        Assert.Equal("1", centrum["initiatieven"]);
        Assert.Equal("1", centrum["status_inuitvoering"]);
        Assert.Equal("0", centrum["status_ingediend"]);
        Assert.Equal(("1", "1"), (centrum["buurtdeals_voorgesteld"], centrum["buurtdeals_gesloten"]));
        Assert.Equal(("2", "1"), (centrum["checkins_verstuurd"], centrum["checkins_beantwoord"]));
        Assert.Equal(("1", "0", "1"), (centrum["voortgang_loopt_goed"], centrum["voortgang_loopt_achter"], centrum["voortgang_hulp_nodig"]));
        Assert.Equal(("1", "4", "100"), (centrum["evaluaties"], centrum["tevredenheid_gemiddeld"], centrum["opnieuw_doen_pct"]));
        Assert.Equal("3", centrum["steunbetuigingen"]);
        Assert.Equal("", wijken.Single(w => w["wijk"] == "Zuid")["tevredenheid_gemiddeld"]);

        var steun = Csv.ReadRecords((await _http.GetStringAsync("/open-data/steun-per-maand.csv")).TrimStart('\uFEFF'));
        Assert.Equal(
            ["Centrum 2026-03 2", "Centrum 2026-04 1", "Oost 2026-04 1"],
            steun.Select(s => $"{s["wijk"]} {s["maand"]} {s["steunbetuigingen"]}"));
    }

    [Theory]
    [InlineData("/open-data/onbekend.csv")]
    [InlineData("/open-data/initiatieven.xml")]
    [InlineData("/open-data/wijken.geojson")]
    public async Task AnUnknownDatasetOrFormatIsNotFoundWithAHint(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/open-data", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDocumentationPageListsEveryDatasetEveryFieldAndTheLicence()
    {
        using var response = await _http.GetAsync("/open-data");
        Assert.Equal("public, max-age=60", response.Headers.CacheControl!.ToString());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("CC0", html);
        Assert.Contains("Waarom CC0?", html);
        var catalog = app.Services.CreateScope().ServiceProvider.GetRequiredService<OpenDataCatalog>();
        foreach (var dataset in catalog.All)
        {
            Assert.Contains(dataset.Title, html);
            foreach (var format in OpenDataFormat.For(dataset))
            {
                Assert.Contains($"href=\"/open-data/{dataset.Name}.{format.Extension}\"", html);
            }

            foreach (var field in dataset.Fields)
            {
                Assert.Contains($"<code>{field.Name}</code>", html);
                Assert.Contains(field.Meaning, html);
            }
        }
    }

    [Fact]
    public async Task TheAdminMapRequiresSignIn()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/admin/kaart");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/aanmelden", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMapAllowsTheTileServerForImagesOnly()
    {
        using var kaart = await _http.GetAsync("/kaart");
        var policy = kaart.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", policy);
        Assert.DoesNotContain("tile.openstreetmap.org", policy.Replace("img-src 'self' data: https://tile.openstreetmap.org;", "", StringComparison.Ordinal));
        using var monitor = await _http.GetAsync("/buurtmonitor");
        Assert.DoesNotContain("openstreetmap", monitor.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AnUnpublishedInitiatiefHasNoPublicPage()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/kaart/{Seed.Geheim.Id}")).StatusCode);
        var html = WebUtility.HtmlDecode(await _http.GetStringAsync($"/kaart/{Seed.Moestuin.Id}"));
        Assert.Contains("Moestuin Achterhof", html);
        Assert.Contains("Wij onderhouden de moestuin elke week. (Gedaan)", html);
    }
}
