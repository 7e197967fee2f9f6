using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The WCAG 2.1 AA checks a page gets by one line, <c>await Wcag.AssertAsync(page, new("/buurtmonitor"))</c>:
/// axe, and what axe cannot see — 1.4.10 reflow (320 CSS px, and 1280 px at 400 % zoom), 1.4.4 text at 200 %,
/// 1.4.12 text spacing, 2.1.1/2.4.3/2.4.7 keyboard (tabbing reaches every control once, in DOM order, with a
/// visible focus indicator of 3:1), 4.1.3 live regions, 3.1.1/3.1.2 language of page and parts, 1.4.3/1.4.11
/// contrast computed from the computed styles. Every finding is collected, so one failure lists them all.
/// </summary>
public static class Wcag
{
    /// <summary>Open <paramref name="target"/> in <paramref name="page"/>'s context (its cookies, so a signed-in page stays signed in) and check it.</summary>
    public static async Task AssertAsync(IPage page, WcagPage target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var findings = await CheckAsync(page, target);
        Assert.True(findings.Count == 0, $"{target.Path} ({target.Language}): {findings.Count} WCAG finding(s)\n" + string.Join("\n", findings));
    }

    /// <summary>The findings without asserting: for a test that shows a check does fail.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, WcagPage target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var findings = new List<string>();

        await OpenAsync(page, target);
        var baseAddress = new Uri(new Uri(page.Url), "/");
        findings.AddRange(await AxeAsync(page));
        findings.AddRange(await KeyboardAsync(page));
        findings.AddRange(await ListAsync(page, $"__wcag.contrast()"));
        findings.AddRange(await ListAsync(page, $"__wcag.live({JsonSerializer.Serialize(target.LiveRegions)})"));
        var language = await page.EvaluateAsync<JsonElement>($"__wcag.language({JsonSerializer.Serialize(target.Language)})");
        findings.AddRange(language.GetProperty("found").EnumerateArray().Select(f => f.GetString()!));
        if (language.GetProperty("checked").GetInt32() == 0)
        {
            findings.Add("3.1.2 no text on the page long enough to tell its language: the language check saw nothing");
        }

        // Each override on a fresh tab of the same context (same cookies): a chat page starts its own conversation there.
        foreach (var (label, apply) in new[] { ("1.4.4 text at 200 %", "__wcag.enlargeText()"), ("1.4.12 text spacing", "__wcag.spaceText()") })
        {
            var tab = await page.Context.NewPageAsync();
            await OpenAsync(tab, target);
            await tab.EvaluateAsync(apply);
            findings.AddRange(await ListAsync(tab, $"__wcag.layout('{label}')"));
            findings.AddRange(await ListAsync(tab, $"__wcag.controlsVisible('{label}')"));
            await tab.CloseAsync();
        }

        // 1.4.10: 320 CSS px wide is both a small phone and 1280 px at 400 % zoom (as a 4x device pixel ratio).
        var state = await page.Context.StorageStateAsync();
        foreach (var (label, scale, height) in new[] { ("1.4.10 reflow at 320 px", 1f, 640), ("1.4.10 reflow at 1280 px, 400 %", 4f, 256) })
        {
            await using var context = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseAddress.ToString(), StorageState = state, Locale = target.Language == "en" ? "en-GB" : "nl-NL",
                ViewportSize = new ViewportSize { Width = 320, Height = height }, DeviceScaleFactor = scale,
            });
            context.SetDefaultTimeout(15_000);
            // Only the page's own host: no test reaches out to a tile server or anything else.
            await context.RouteAsync(url => new Uri(url).Authority != baseAddress.Authority, route => route.AbortAsync());
            var narrow = await context.NewPageAsync();
            await OpenAsync(narrow, target);
            findings.AddRange(await ListAsync(narrow, $"__wcag.layout('{label}')"));
            findings.AddRange(await ListAsync(narrow, $"__wcag.controlsVisible('{label}')"));
        }

        return findings;
    }

    private static async Task OpenAsync(IPage page, WcagPage target)
    {
        await page.GotoAsync(target.Path);
        if (target.Ready is { } ready)
        {
            await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }

        await page.EvaluateAsync(WcagProbe.Script);
    }

    private static async Task<IEnumerable<string>> ListAsync(IPage page, string call) =>
        (await page.EvaluateAsync<string[]>(call)) ?? [];

    private static async Task<IEnumerable<string>> AxeAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.Violations.Select(v => $"axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})");
    }

    /// <summary>
    /// Tab from the top of the page through every control and once more: each is reached exactly once,
    /// in the order of the DOM (nothing with a positive tabindex reorders it), and shows a focus
    /// indicator — an outline or shadow that is not there without focus, at 3:1 against what is behind it.
    /// </summary>
    private static async Task<IEnumerable<string>> KeyboardAsync(IPage page)
    {
        var findings = new List<string>();
        var tagged = await page.EvaluateAsync<JsonElement>("__wcag.tag()");
        var names = tagged.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
        findings.AddRange(tagged.GetProperty("positive").EnumerateArray().Select(n => $"2.4.3 positive tabindex changes the order: {n.GetString()}"));

        var reached = new List<int>();
        // A date field takes a Tab per part (day, month, year) while focus stays on it: room for those presses.
        var presses = names.Count + 1 + (3 * tagged.GetProperty("dateFields").GetInt32());
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>("__wcag.focusStyle()");
            if (focus.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var name = focus.GetProperty("name").GetString();
            if (focus.GetProperty("index").ValueKind == JsonValueKind.Null)
            {
                findings.Add($"2.4.3 focus went to something that is not a control: {name}");
                continue;
            }

            var index = int.Parse(focus.GetProperty("index").GetString()!, CultureInfo.InvariantCulture);
            if (reached.Count > 0 && index == 0 && reached.Count == names.Count)
            {
                break; // round the page once
            }

            if (reached.Count > 0 && reached[^1] == index)
            {
                continue; // still inside the same (date) field
            }

            reached.Add(index);
            var changed = focus.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
            var contrast = focus.GetProperty("contrast").GetDouble();
            if (!changed.Contains("outline") && !changed.Contains("shadow"))
            {
                findings.Add($"2.4.7 no visible focus indicator (outline or shadow): {name}");
            }
            else if (contrast < 3)
            {
                findings.Add($"2.4.7/1.4.11 focus indicator contrast {contrast:0.00}:1 < 3:1: {name}");
            }
        }

        var expected = Enumerable.Range(0, names.Count).ToList();
        if (!reached.SequenceEqual(expected))
        {
            var missed = expected.Except(reached).Select(i => names[i]).ToList();
            var twice = reached.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => names[g.Key]).ToList();
            findings.Add("2.1.1/2.4.3 tabbing did not reach every control once in DOM order: order " + string.Join(",", reached)
                + (missed.Count > 0 ? "; never reached: " + string.Join("; ", missed) : "")
                + (twice.Count > 0 ? "; reached twice: " + string.Join("; ", twice) : ""));
        }

        return findings;
    }
}

/// <summary>
/// A page for <see cref="Wcag"/>: its path, the language it must be in, a selector to wait for before
/// measuring (the chat's first bot message, the map's markers), and the live regions it must have
/// (new bot messages, form errors).
/// </summary>
public sealed record WcagPage(string Path)
{
    public string Language { get; init; } = "nl";

    public string? Ready { get; init; }

    public IReadOnlyList<string> LiveRegions { get; init; } = [];
}
