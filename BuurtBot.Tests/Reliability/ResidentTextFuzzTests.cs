using System.Globalization;
using System.Text;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Reliability;

/// <summary>
/// Texts a resident (or a broken client) may send that are valid JSON but awkward Unicode: noncharacters
/// (U+FFFE), unpaired surrogates, control characters, combining marks, bidi controls, emoji. The fuzzer
/// checks what the resident notices, not only the status code: every message the web chat accepted gets
/// an answer from the bot (not silence, not the apology for a failed turn), and what is stored is clean.
/// Before, a message with U+FFFE got 200, its turn threw in string.Normalize three times and the resident
/// never heard anything.
/// </summary>
public sealed class ResidentTextFuzzTests : IAsyncLifetime
{
    private const string Apology = "er ging iets mis";

    /// <summary>The pieces generated texts are made of: ordinary letters and every awkward kind.</summary>
    private static readonly string[] Pieces =
    [
        "a", "b", "x", " ", "é", "e\u0301", "ß", "ﬁ", "Ω", "😀", "👩‍👩‍👧", "\u200F", "\u202E", "\u2066",
        "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uDBFF\uDFFF", "\uD83F\uDFFE",
        "\uD800", "\uDC00", "\uDBFF", "\uDFFF",
        "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F", "\r", "\r\n", "\n", "\t",
    ];

    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync()
    {
        // One resident sends 150 messages in a row here; the per-conversation limit is not what is tested.
        _app.Settings["WebChat:MessagesPerMinute"] = "10000";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("hallo \uFFFE daar")]
    [InlineData("\uFDD0\u0000\u001B")]
    public async Task AMessageWithANoncharacterGetsAnAnswer(string text)
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Say(text);

        var reply = (await chat.NextReply())["text"]!.GetValue<string>();
        Assert.DoesNotContain(Apology, reply, StringComparison.Ordinal);
        await AssertAllHandledAndCleanAsync();
    }

    [Fact]
    public async Task GeneratedTextsWithInvalidUnicodeAndControlCharactersAreAllAnswered()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var statuses = new Dictionary<int, int>();
        // Half the texts without unpaired surrogates: JSON cannot carry those as text, so the web chat refuses
        // them with 400 (nothing stored), and the texts it accepts must be tried as often.
        var withoutLoneSurrogates = Pieces.Where(p => !(p.Length == 1 && char.IsSurrogate(p[0]))).ToArray();
        var texts = Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[1, 30], Gen.Bool, Gen.Bool, (indexes, lone, escapeAll) =>
            (Text: "x" + string.Concat(indexes.Select(i => lone ? Pieces[i] : withoutLoneSurrogates[i % withoutLoneSurrogates.Length])), EscapeAll: escapeAll));

        await texts.SampleAsync(
            async sample =>
            {
                using var response = await chat.Client.PostRawAsync(Json(sample.Text, sample.EscapeAll));
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                Assert.True(status < 500, $"{status} for {Describe(sample.Text)}: {await response.Content.ReadAsStringAsync()}");
                Assert.True(status is 200 || sample.Text.Any(char.IsSurrogate), $"{status} for {Describe(sample.Text)}: {await response.Content.ReadAsStringAsync()}");
                await WaitUntilHandledAsync();
            },
            iter: 150,
            threads: 1);

        Assert.True(statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value) >= 60, string.Join(", ", statuses));
        await AssertAllHandledAndCleanAsync();
    }

    /// <summary>The activity as a client would write it; lone surrogates can only travel as \u escapes.</summary>
    private static string Json(string text, bool escapeAll)
    {
        var json = new StringBuilder("{\"type\":\"message\",\"from\":{\"id\":\"resident\",\"role\":\"user\"},\"text\":\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < 0x20 || char.IsSurrogate(c) || (escapeAll && c > 0x7E))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append("\"}").ToString();
    }

    private async Task WaitUntilHandledAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await _app.QueryAsync(db => db.Inbox.AnyAsync(i => i.ProcessedUtc == null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "A message was not handled within 30 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>No turn failed; every resident line was answered by the bot; nothing unclean was stored.</summary>
    private async Task AssertAllHandledAndCleanAsync()
    {
        await WaitUntilHandledAsync();
        var failed = await _app.QueryAsync(db => db.Inbox.AsNoTracking().Where(i => i.LastError != null).Select(i => i.LastError).ToListAsync());
        Assert.Empty(failed);

        var lines = await _app.QueryAsync(db => db.Transcript.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Author, t.Text }).ToListAsync());
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Author == TranscriptAuthor.Resident)
            {
                Assert.True(i + 1 < lines.Count && lines[i + 1].Author == TranscriptAuthor.Bot, $"No answer to {Describe(lines[i].Text)}");
                Assert.True(IsClean(lines[i].Text), $"Stored unclean: {Describe(lines[i].Text)}");
            }
            else
            {
                Assert.DoesNotContain(Apology, lines[i].Text, StringComparison.Ordinal);
            }
        }
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[++i]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    return false;
                }
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\uFDD0' and <= '\uFDEF' || (c & 0xFFFE) == 0xFFFE)
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static string Describe(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
