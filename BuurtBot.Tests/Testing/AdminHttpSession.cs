using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// One browser's worth of admin cookies over real HTTP (no redirects followed, so a test sees where the
/// server sends it): sign in, open pages, post forms with their antiforgery token, copy the cookies.
/// </summary>
public sealed partial class AdminHttpSession : IDisposable
{
    private readonly HttpClient _http;

    public AdminHttpSession(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        BaseAddress = baseAddress;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public Uri BaseAddress { get; }

    /// <summary>A second client with a copy of every cookie this one has, as someone who copied them would have.</summary>
    public AdminHttpSession Copy()
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return new AdminHttpSession(BaseAddress, copy);
    }

    /// <summary>Posts the sign-in form; returns the answer and how long the server took.</summary>
    public async Task<(HttpResponseMessage Response, string Html, TimeSpan Took)> SignInAsync(string email, string password)
    {
        var token = await TokenAsync("/admin/aanmelden");
        var watch = Stopwatch.StartNew();
        var response = await _http.PostAsync("/admin/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Password"] = password,
        }));
        var took = watch.Elapsed;
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/admin/aanmelden/code", StringComparison.Ordinal) == true
            && AdminAccounts.HasTotp(email))
        {
            response = await PostFormAsync("/admin/aanmelden/code", new() { ["Code"] = AdminAccounts.NextCode(email) });
            html = await response.Content.ReadAsStringAsync();
        }

        return (response, html, took);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>Posts as-is, without fetching an antiforgery token first (for a request that must be refused before that check).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content) => _http.PostAsync(path, content);

    /// <summary>Gets the page for its antiforgery token, then posts the fields to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["__RequestVerificationToken"] = await TokenAsync(path);
        return await _http.PostAsync(handler is null ? path : $"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> TokenAsync(string path)
    {
        using var page = await _http.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {path} ({(int)page.StatusCode}).");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
