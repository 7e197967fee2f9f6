using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Slows password guessing without a lockout anyone can use against a coordinator. Failures are counted
/// in a sliding window per client address and per account name, known or not (so the answers do not
/// tell which addresses have an account). The account count is kept apart for browsers that carry that
/// account's device cookie (<see cref="DeviceCookie"/>): an attacker who uses up the count from elsewhere
/// does not stop the coordinator on their own laptop. Kept in memory: a restart forgets, and on several
/// instances each counts for itself, which only makes the limit per instance.
/// </summary>
public sealed class SignInThrottle(IOptions<AdminOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>True when this attempt must be refused without looking at the password.</summary>
    public bool IsThrottled(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var admin = options.Value;
        return Count(AddressKey(attempt)) >= admin.SignInFailuresPerAddress
            || Count(AccountKey(attempt)) >= admin.SignInFailuresPerAccount;
    }

    public void RecordFailure(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        foreach (var key in new[] { AddressKey(attempt), AccountKey(attempt) })
        {
            var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                queue.Enqueue(now);
            }
        }

        if (_failures.Count > PruneAbove)
        {
            Prune();
        }
    }

    /// <summary>A success from a trusted browser clears that browser's count; nobody else's.</summary>
    public void RecordSuccess(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.TrustedDevice)
        {
            _failures.TryRemove(AccountKey(attempt), out _);
        }
    }

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return 0;
        }

        var since = time.GetUtcNow() - options.Value.SignInThrottleWindow;
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() < since)
            {
                queue.Dequeue();
            }

            return queue.Count;
        }
    }

    private void Prune()
    {
        foreach (var key in _failures.Keys)
        {
            if (Count(key) == 0)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string AddressKey(SignInAttempt attempt) => "address:" + (attempt.ClientAddress ?? "unknown");

    private static string AccountKey(SignInAttempt attempt) =>
        (attempt.TrustedDevice ? "device:" : "account:") + attempt.Account;
}

/// <summary>One try to sign in: the client's address, the account name as typed (normalised), and whether the browser is trusted for it.</summary>
public sealed record SignInAttempt(string? ClientAddress, string Account, bool TrustedDevice)
{
    public static string Normalise(string? email) => (email ?? "").Trim().ToUpperInvariant();
}
