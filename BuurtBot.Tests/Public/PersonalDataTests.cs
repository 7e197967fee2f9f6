using System.Net;
using BuurtBot.Public.OpenData;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Public;

/// <summary>
/// The promise: no export ever carries a resident's name, contact, channel id or free text
/// they did not publish. Runs every dataset of the catalogue in every format it offers, so a dataset
/// added later (peilingen, wijkagenda) is covered without touching this test.
/// </summary>
public sealed class PersonalDataTests(PublicApp app) : IClassFixture<PublicApp>
{
    private readonly HttpClient _http = app.CreateClient();

    [Fact]
    public async Task NoExportInAnyFormatContainsPersonalDataButPublishedTextsAreThere()
    {
        // A coordinator's account exists too: their e-mail address must not leak either.
        var coordinator = await AdminAccounts.CoordinatorAsync(app.Services, "Gerbrandina", "Centrum");
        var forbidden = app.Seed.PrivateStrings.Append(coordinator.Email).Append(coordinator.Id).ToList();

        using var scope = app.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<OpenDataCatalog>();
        Assert.True(catalog.All.Count >= 5, "the catalogue should hold at least the five datasets of this branch");

        var everything = new List<string>();
        var downloads = 0;
        foreach (var dataset in catalog.All)
        {
            foreach (var format in OpenDataFormat.For(dataset))
            {
                var path = $"/open-data/{dataset.Name}.{format.Extension}";
                using var response = await _http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(body.Length > 50, $"{path} is nearly empty: a test over nothing proves nothing");
                AssertNoneOf(forbidden, body, path);
                everything.Add(body);
                downloads++;
            }
        }

        Assert.True(downloads >= 11, $"only {downloads} downloads were checked");
        var all = string.Join("\n", everything);
        foreach (var text in PublicSeed.PublicTexts)
        {
            Assert.Contains(text, all);
        }

        // The peiling that may be public is there with its counts; the wijkagenda as counts only.
        var peilingen = await _http.GetStringAsync("/open-data/peilingen.csv");
        Assert.Contains(PublicSeed.PublicPeilingQuestion, peilingen);
        Assert.Contains("Op het plein", peilingen);
        var wijkagenda = Csv.Read(await _http.GetStringAsync("/open-data/wijkagenda.csv"));
        Assert.Contains(wijkagenda, row => row.SequenceEqual(["Centrum", "2026", "2", "Groen", "1", "2"]));
        Assert.Contains(wijkagenda, row => row.SequenceEqual(["Centrum", "2026", "2", "Ontmoeting", "2", "1"]));

        // Each format of the initiatieven dataset carries the published texts itself.
        foreach (var format in OpenDataFormat.For(catalog.Find("initiatieven")!))
        {
            var body = await _http.GetStringAsync($"/open-data/initiatieven.{format.Extension}");
            Assert.Contains("Samen groente kweken in de Achterhof", body);
            Assert.Contains("Buren leren elkaar kennen via de moestuin", body);
        }
    }

    [Fact]
    public async Task NoPublicPageContainsPersonalData()
    {
        var seed = app.Seed;
        foreach (var path in new[] { "/kaart", $"/kaart/{seed.Moestuin.Id}", $"/kaart/{seed.Speeltuin.Id}", "/buurtmonitor", "/buurtmonitor?wijk=Centrum", "/open-data" })
        {
            var html = WebUtility.HtmlDecode(await _http.GetStringAsync(path));
            AssertNoneOf(seed.PrivateStrings, html, path);
        }

        Assert.Contains("Moestuin Achterhof", WebUtility.HtmlDecode(await _http.GetStringAsync("/kaart")));
    }

    private static void AssertNoneOf(IEnumerable<string> forbidden, string body, string where)
    {
        foreach (var text in forbidden)
        {
            Assert.False(body.Contains(text, StringComparison.OrdinalIgnoreCase), $"{where} contains private text '{text}'");
        }
    }
}
