using System.Collections.Concurrent;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Teams' documented limits for a bot in one conversation ("per bot per thread"): 7 sends in 1 s, 8 in
/// 2 s, 60 in 30 s and 1800 in an hour. Keeping under them avoids 429s instead of collecting them.
/// </summary>
/// <remarks>
/// Each conversation keeps the times of its sends in the last hour and every window is checked
/// against them exactly. A segmented sliding window (what <c>System.Threading.RateLimiting</c> offers)
/// lets nearly twice a window's permits through across a segment edge, and it had no 2-second window:
/// the load generator's connector, which counts exactly as Teams documents, answered 429 to replies of
/// three messages sent right after a previous turn's. The 2–3 messages of one reply still go out at
/// once; only a burst beyond the limits waits.
/// </remarks>
public sealed class TeamsSendLimiter(TimeProvider time)
{
    public static readonly IReadOnlyList<(int Permits, TimeSpan Window)> Limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>
    /// Added to every window: a send arrives at Teams a little after we let it go, and two sends exactly a
    /// window apart can arrive less than a window apart. Without it the load generator's connector still saw
    /// a few 429s per thousand sends.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan Longest = Limits[^1].Window + Margin;

    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>Conversations with a send in the last hour (bounded by how many the bot talks to).</summary>
    public int TrackedConversations => _logs.Count;

    /// <summary>True when a send may go now (and it is counted); otherwise how long until one fits.</summary>
    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow().UtcDateTime;
        SweepIdle(now);
        var log = _logs.GetOrAdd(conversationId, _ => new SendLog());
        lock (log)
        {
            log.Forget(now - Longest);
            retryAfter = log.WaitFor(now);
            if (retryAfter > TimeSpan.Zero)
            {
                return false;
            }

            log.Add(now);
            return true;
        }
    }

    /// <summary>Once a minute, conversations with no send in the last hour are dropped, so the map does not grow forever.</summary>
    private void SweepIdle(DateTime now)
    {
        var next = Interlocked.Read(ref _nextSweep);
        if (now.Ticks < next || Interlocked.CompareExchange(ref _nextSweep, now.AddMinutes(1).Ticks, next) != next)
        {
            return;
        }

        foreach (var (id, log) in _logs)
        {
            lock (log)
            {
                log.Forget(now - Longest);
                if (log.IsEmpty)
                {
                    _logs.TryRemove(KeyValuePair.Create(id, log));
                }
            }
        }
    }

    /// <summary>One conversation's send times in the last hour, oldest first (a ring, at most 1800).</summary>
    private sealed class SendLog
    {
        private DateTime[] _times = new DateTime[8];
        private int _start;
        private int _count;

        public bool IsEmpty => _count == 0;

        private DateTime At(int index) => _times[(_start + index) % _times.Length];

        public void Forget(DateTime before)
        {
            while (_count > 0 && At(0) <= before)
            {
                _start = (_start + 1) % _times.Length;
                _count--;
            }
        }

        /// <summary>Zero when one more send fits every window; else the time until the oldest send that blocks it leaves its window.</summary>
        public TimeSpan WaitFor(DateTime now)
        {
            var wait = TimeSpan.Zero;
            foreach (var (permits, window) in Limits)
            {
                if (_count < permits)
                {
                    continue;
                }

                // The send `permits` back from the newest: while it is inside the window, the window is full.
                var blocking = At(_count - permits);
                var free = blocking + window + Margin - now;
                if (free > wait)
                {
                    wait = free;
                }
            }

            return wait;
        }

        public void Add(DateTime at)
        {
            if (_count == _times.Length)
            {
                var grown = new DateTime[_times.Length * 2];
                for (var i = 0; i < _count; i++)
                {
                    grown[i] = At(i);
                }

                _times = grown;
                _start = 0;
            }

            _times[(_start + _count) % _times.Length] = at;
            _count++;
        }
    }
}
