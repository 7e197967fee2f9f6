using System.Globalization;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Reads a conversation's transcript as Direct Line activity sets, the same for a poll
/// (GET …/activities) and for the stream, so both show a resident the same lines.
/// </summary>
internal static class DirectLineTranscript
{
    public const int MaxActivitiesPerSet = 200;

    public const string BadWatermark = "The watermark must be the number this API returned.";

    /// <summary>The stored conversation behind a Direct Line id.</summary>
    public sealed record StoredConversation(Guid Id, string Locale);

    /// <summary>One read: the set to send, its watermark as a number, and whether more lines wait behind it.</summary>
    public sealed record Read(ActivitySet Set, long Watermark, bool More);

    /// <summary>An empty watermark means "from the start"; anything else must be a number we returned.</summary>
    public static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark)
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    // Compiled (per model), as a turn's own reads are: every push on the stream and every poll runs them, and
    // a LINQ query's cache lookup (its expression tree visited and compared) cost more CPU than SQLite's work.
    private static readonly CompiledPerModel<Func<BuurtBotDbContext, string, CancellationToken, Task<StoredConversation?>>> ByDirectLineId = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, string id, CancellationToken _) => db.Conversations.AsNoTracking()
            .Where(c => c.Channel == DirectLineEndpoints.Channel && c.ChannelConversationId == id)
            .Select(c => new StoredConversation(c.Id, c.Locale))
            .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<BuurtBotDbContext, Guid, long, IAsyncEnumerable<TranscriptEntry>>> LinesAfter = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, Guid conversationId, long after) => db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Id > after)
            .OrderBy(t => t.Id)
            .Take(MaxActivitiesPerSet)));

    private static readonly CompiledPerModel<Func<BuurtBotDbContext, Guid, CancellationToken, Task<CurrentLocale?>>> LocaleNow = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, Guid conversationId, CancellationToken _) => db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Select(c => new CurrentLocale(c.Locale, c.ConsentUtc == null || c.ErasedUtc != null))
            .FirstOrDefault()));

    /// <summary>The conversation's language now, and whether it lacks consent (not yet given, or erased).</summary>
    private sealed record CurrentLocale(string Locale, bool WithoutConsent);

    public static Task<StoredConversation?> FindAsync(BuurtBotDbContext db, string id, CancellationToken cancellationToken) =>
        ByDirectLineId.For(db)(db, id, cancellationToken);

    public static async Task<Read> ReadAfterAsync(
        BuurtBotDbContext db, StoredConversation conversation, string id, long after, CancellationToken cancellationToken)
    {
        var lines = await LinesAfter.For(db)(db, conversation.Id, after).ToListAsync(cancellationToken);
        var locale = conversation.Locale;
        if (lines.Count > 0)
        {
            // The language now, not when the stream opened: after "english" the bot's next messages are English and
            // must say so (the chat page marks them lang="en" on a Dutch page, WCAG 3.1.2).
            var current = await LocaleNow.For(db)(db, conversation.Id, cancellationToken);
            locale = current?.Locale ?? locale;
            if (current?.WithoutConsent == true)
            {
                // Perhaps "vergeet mij" on this chat (its erasure can be flagged just after this read): the sweep
                // finishes it only once the client holds every line up to the goodbye.
                var fetched = lines[^1].Id;
                await db.Conversations.Where(c => c.Id == conversation.Id && (c.FetchedTranscriptId == null || c.FetchedTranscriptId < fetched))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.FetchedTranscriptId, fetched), cancellationToken);
            }
        }

        var activities = lines.Select(l => ActivityTranslator.ToActivity(l, id, locale)).ToList();
        var next = lines.Count > 0 ? lines[^1].Id : after;
        return new Read(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), next, lines.Count == MaxActivitiesPerSet);
    }
}

/// <summary>Direct Line's ActivitySet: <c>{ "activities": [...], "watermark": "N" }</c>, for a poll and on the stream.</summary>
internal sealed record ActivitySet(IReadOnlyList<DirectLineActivity> Activities, string Watermark);
