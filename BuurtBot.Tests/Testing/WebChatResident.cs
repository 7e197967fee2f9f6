using System.Text.Json;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A resident using Microsoft Web Chat in Chromium, read the way they see it: the bot's bubbles, their own
/// bubbles and the suggested-action buttons, straight from Web Chat's page. Taps and typing go through
/// Web Chat's own buttons and send box.
/// </summary>
public sealed class WebChatResident
{
    private readonly IPage page;
    private readonly List<string> _console = [];

    public WebChatResident(IPage page)
    {
        this.page = page;
        // What the page itself complained about (a CORS refusal, a script error) goes into a failure's message.
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { Log(message.Text); } };
        page.PageError += (_, error) => Log(error);
        page.RequestFailed += (_, request) => Log($"{request.Method} {request.Url} failed: {request.Failure}");
    }

    private void Log(string line)
    {
        lock (_console)
        {
            _console.Add(line.Length > 300 ? line[..300] : line);
        }
    }

    private string Console()
    {
        lock (_console)
        {
            return string.Join(" / ", _console.TakeLast(10));
        }
    }

    /// <summary>What the chat shows right now.</summary>
    public sealed record Screen(IReadOnlyList<Bubble> Bot, IReadOnlyList<string> Mine, IReadOnlyList<string> Buttons);

    /// <summary>A bot bubble: its text as shown, and the paragraphs Web Chat made of it (one per line for plain text).</summary>
    public sealed record Bubble(string Text, IReadOnlyList<string> PlainLines);

    private const string ReadScreen = """
        () => {
          const bubbles = [...document.querySelectorAll('.webchat__bubble')];
          const fromUser = b => b.classList.contains('webchat__bubble--from-user');
          const content = b => b.querySelector('.webchat__bubble__content') || b;
          return JSON.stringify({
            bot: bubbles.filter(b => !fromUser(b)).map(b => {
              const lines = [...b.querySelectorAll('p.webchat__text-content--is-plain')].map(p => p.textContent);
              return { text: lines.length ? lines.join('\n') : content(b).innerText.trim(), plainLines: lines };
            }),
            mine: bubbles.filter(fromUser).map(b => content(b).innerText.trim()),
            buttons: [...document.querySelectorAll('button.webchat__suggested-action')].map(b => b.innerText.trim())
          });
        }
        """;

    public IPage Page => page;

    public async Task<Screen> ReadAsync()
    {
        var json = await page.EvaluateAsync<string>(ReadScreen);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return new Screen(
            [.. root.GetProperty("bot").EnumerateArray().Select(b => new Bubble(
                b.GetProperty("text").GetString() ?? "",
                [.. b.GetProperty("plainLines").EnumerateArray().Select(l => l.GetString() ?? "")]))],
            [.. root.GetProperty("mine").EnumerateArray().Select(m => m.GetString() ?? "")],
            [.. root.GetProperty("buttons").EnumerateArray().Select(b => b.GetString() ?? "")]);
    }

    /// <summary>Waits until the screen satisfies <paramref name="done"/>; fails with what it showed last.</summary>
    public async Task<Screen> WaitForAsync(Func<Screen, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        Screen screen;
        while (!done(screen = await ReadAsync()))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited for {what}. Bot: {string.Join(" | ", screen.Bot.Select(b => b.Text))}; mine: {string.Join(" | ", screen.Mine)}; buttons: {string.Join(" | ", screen.Buttons)}; page said: {Console()}");
            }

            await Task.Delay(100);
        }

        return screen;
    }

    /// <summary>Taps the suggested action whose text is exactly <paramref name="title"/>.</summary>
    public async Task TapAsync(string title)
    {
        var screen = await ReadAsync();
        var index = screen.Buttons.ToList().IndexOf(title);
        Assert.True(index >= 0, $"No button '{title}'; the buttons are: {string.Join(" | ", screen.Buttons)}");
        await page.Locator("button.webchat__suggested-action").Nth(index).ClickAsync();
    }

    /// <summary>Types in Web Chat's send box and presses Enter.</summary>
    public async Task TypeAsync(string text)
    {
        var box = page.Locator(".webchat__send-box-text-box__input");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }
}
