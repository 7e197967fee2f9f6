using Microsoft.Playwright;

namespace BuurtBot.Tests.Testing;

/// <summary>The checks of <see cref="Wcag"/> do fail: a page with one defect of each kind gets a finding for each.</summary>
public sealed class WcagTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Bad = """
        <!doctype html><html lang="nl"><head><title>Slechte pagina voor de test</title>
        <style>
          .wide { width: 900px; } .faint { color: #aaa; } button:focus { outline: none; } .cut { width: 120px; overflow: hidden; white-space: nowrap; }
          .spaced { height: 1.2em; overflow: hidden; }
        </style></head>
        <body>
          <p class="wide">Deze pagina is te breed voor een telefoon en het is de bedoeling dat de test dat ziet.</p>
          <p class="faint">Deze tekst heeft te weinig contrast met de witte achtergrond van de pagina.</p>
          <p>This text is in English and it is not marked with the right language for the page.</p>
          <div class="cut">Deze tekst wordt afgeknipt als hij groter wordt</div>
          <p class="spaced">Een regel die niet meer past als de regelafstand groter wordt.</p>
          <button tabindex="2">Eerst</button><button>Zonder focusrand</button>
          <p class="error">Vul je naam in.</p>
        </body></html>
        """;

    [Fact]
    public async Task APageWithOneDefectOfEachKindGetsAFindingForEach()
    {
        // A real server on loopback: the narrow contexts Wcag opens fetch the page again.
        using var server = new System.Net.HttpListener();
        var port = FreePort();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        _ = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                try
                {
                    var request = await server.GetContextAsync();
                    var body = System.Text.Encoding.UTF8.GetBytes(Bad);
                    request.Response.ContentType = "text/html; charset=utf-8";
                    await request.Response.OutputStream.WriteAsync(body);
                    request.Response.Close();
                }
                catch (System.Net.HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
            }
        });
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = $"http://127.0.0.1:{port}/" });
        var page = await context.NewPageAsync();

        var findings = string.Join("\n", await Wcag.CheckAsync(page, new WcagPage("/slecht") { Language = "en", LiveRegions = ["#log"] }));

        foreach (var expected in new[]
        {
            "axe ", "3.1.1 <html lang=\"nl\">, expected \"en\"", "3.1.2 text in English marked lang=\"nl\"", "1.4.3 text contrast",
            "2.4.3 positive tabindex", "2.4.7 no visible focus indicator", "4.1.3 live region #log is not in the page",
            "4.1.3 error message not announced", "1.4.10 reflow at 320 px: the page scrolls sideways", "1.4.10 reflow at 1280 px, 400 %",
            "1.4.4 text at 200 %: content cut off", "1.4.12 text spacing: content cut off at the bottom",
        })
        {
            Assert.Contains(expected, findings, StringComparison.Ordinal);
        }

        await context.CloseAsync();
        server.Stop();
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
