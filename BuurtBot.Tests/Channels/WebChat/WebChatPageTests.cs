using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Channels.WebChat;

public sealed class WebChatPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new() { UseWelcomeBot = true };
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "nl-NL" });

    public async Task DisposeAsync()
    {
        await _page.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task AResidentOpensTheChatAndSeesTheWelcomeWithMenuButtons()
    {
        await _page.GotoAsync(_app.BaseAddress.ToString());

        await Assertions.Expect(_page.Locator("#log li.bot").First).ToContainTextAsync("BuurtBot");
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Nieuw initiatief" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AResidentCanChatWithTheKeyboardAlone()
    {
        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Privacy" })).ToBeVisibleAsync();

        await _page.GetByLabel("Je bericht").FocusAsync();
        await _page.Keyboard.TypeAsync("hallo");
        await _page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(_page.Locator("#log li.me")).ToContainTextAsync("hallo");
        await Assertions.Expect(_page.Locator("#log li.bot")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task TappingAButtonSendsItsTitleAsTheResidentsMessage()
    {
        await _page.GotoAsync(_app.BaseAddress.ToString());

        await _page.GetByRole(AriaRole.Button, new() { Name = "Privacy" }).ClickAsync();

        await Assertions.Expect(_page.Locator("#log li.me")).ToContainTextAsync("Privacy");
    }

    [Fact]
    public async Task MarkupTypedByAResidentIsShownAsText()
    {
        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.Locator("#log li.bot").First).ToBeVisibleAsync();
        var alerted = false;
        _page.Dialog += (_, dialog) => { alerted = true; _ = dialog.DismissAsync(); };

        await SendAsync("<img src=x onerror=alert(1)><b>vet</b>");

        await Assertions.Expect(_page.Locator("#log li.me")).ToContainTextAsync("<img src=x onerror=alert(1)><b>vet</b>");
        Assert.Equal(0, await _page.Locator("#log img, #log b").CountAsync());
        Assert.False(alerted);
    }

    [Fact]
    public async Task TheBotsReplyArrivesThroughTheStreamWithoutAnyPoll()
    {
        var sockets = new List<string>();
        _page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var polls = CountPolls();

        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.Locator("#log li.bot").First).ToContainTextAsync("BuurtBot");
        await SendAsync("hallo");

        await Assertions.Expect(_page.Locator("#log li.bot")).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("#log li.me")).ToHaveTextAsync("Jijhallo");
        Assert.Single(sockets);
        Assert.Contains("/v3/directline/conversations/", sockets[0]);
        Assert.Contains("/stream?", sockets[0]);
        Assert.Equal(0, polls.Count);
    }

    [Fact]
    public async Task WhenTheStreamDropsThePageReconnectsFromItsWatermarkAndShowsNothingTwice()
    {
        var urls = new List<string>();
        await _page.RouteWebSocketAsync(new Regex("/stream"), socket =>
        {
            int number;
            lock (urls)
            {
                urls.Add(socket.Url);
                number = urls.Count;
            }

            var server = socket.ConnectToServer();
            if (number > 1)
            {
                return;
            }

            // The first stream drops right after it delivered the greeting, as a restarting proxy would.
            server.OnMessage(frame =>
            {
                socket.Send(frame.Text!);
                if (!string.IsNullOrEmpty(frame.Text))
                {
                    _ = socket.CloseAsync(new() { Code = 4000, Reason = "dropped" });
                    _ = server.CloseAsync();
                }
            });
        });

        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.Locator("#log li.bot").First).ToContainTextAsync("BuurtBot");
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Privacy" })).ToBeVisibleAsync();
        await Eventually(() => urls.Count == 2);
        await SendAsync("hallo");

        await Assertions.Expect(_page.Locator("#log li.bot")).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("#log li.me")).ToHaveCountAsync(1);
        Assert.DoesNotContain("watermark=", urls[0]);
        Assert.Matches("/stream\\?watermark=[1-9][0-9]*&t=", urls[1]);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 s.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task WhenWebSocketsAreBlockedThePageFallsBackToPolling()
    {
        // A proxy that refuses the upgrade: every socket errors and closes without opening.
        await _page.AddInitScriptAsync("""
            window.__socketsTried = 0;
            window.WebSocket = class extends EventTarget {
              constructor() {
                super();
                window.__socketsTried++;
                setTimeout(() => { this.dispatchEvent(new Event("error")); this.dispatchEvent(new CloseEvent("close", { code: 1006 })); }, 10);
              }
              close() {}
            };
            """);
        var polls = CountPolls();

        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.Locator("#log li.bot").First).ToContainTextAsync("BuurtBot");
        await SendAsync("hallo");

        await Assertions.Expect(_page.Locator("#log li.bot")).ToHaveCountAsync(2);
        Assert.Equal(3, await _page.EvaluateAsync<int>("window.__socketsTried"));
        Assert.True(polls.Count > 0);
    }

    [Fact]
    public async Task TheChatPageHasNoWcagAViolations()
    {
        await _page.GotoAsync(_app.BaseAddress.ToString());
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Privacy" })).ToBeVisibleAsync();

        var result = await _page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            },
        });

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    private async Task SendAsync(string text)
    {
        await _page.GetByLabel("Je bericht").FillAsync(text);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Verstuur" }).ClickAsync();
    }

    /// <summary>Counts the page's GET …/activities polls from now on.</summary>
    private PollCounter CountPolls()
    {
        var counter = new PollCounter();
        _page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                counter.Add();
            }
        };
        return counter;
    }

    private sealed class PollCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }
}
