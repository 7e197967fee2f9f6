using System.Net;
using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Inzicht;

/// <summary>Reads the Gesprekken-inzicht's pages as a beheerder's browser gets them: a page, a table's rows and their cells.</summary>
internal static partial class InzichtHtml
{
    /// <summary>The page's HTML; it must answer 200.</summary>
    public static async Task<string> HtmlAsync(AdminHttpSession browser, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The HTML inside the table with the given id; empty when there is none.</summary>
    public static string Table(string html, string tableId) =>
        Regex.Match(html, $"<table class=\"list\" id=\"{tableId}\">(?<t>.*?)</table>", RegexOptions.Singleline | RegexOptions.ExplicitCapture).Groups["t"].Value;

    /// <summary>The cells of the row <c>&lt;tr attribute="key"&gt;</c> of the table with the given id, decoded as a reader sees them.</summary>
    public static string[] Row(string html, string tableId, string attribute, string key)
    {
        var row = Regex.Match(Table(html, tableId), $"<tr {attribute}=\"{key}\">(?<r>.*?)</tr>", RegexOptions.Singleline | RegexOptions.ExplicitCapture).Groups["r"].Value;
        Assert.False(string.IsNullOrEmpty(row), $"No row {key} in {tableId}");
        return Cells(row);
    }

    /// <summary>The decoded text of every header and data cell, with the markup inside a cell (a form) taken out.</summary>
    public static string[] Cells(string rowHtml) =>
        [.. CellPattern().Matches(rowHtml).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups["c"].Value, " ")).Trim())];

    [GeneratedRegex("<t[hd][^>]*>(?<c>.*?)</t[hd]>", RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
