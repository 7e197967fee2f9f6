using System.Collections.Concurrent;
using System.Diagnostics;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Turns;

/// <summary>
/// How many SQL commands a resident's turn costs, counted on the host's own SQLite file while a resident
/// completes the whole intake in the web chat: the turn's reads and save, the inbox and outbox, and
/// marking replies sent. Each command is a round trip on PostgreSQL, so the count is a cost to keep
/// down (issue #23); the bound is today's count with a little room, so a change that adds a query per
/// turn fails here and has to say why.
/// </summary>
public sealed class QueriesPerTurnTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// 2026-12-02: 92 commands over 9 turns, 10.2 a turn (the output lists them by statement: per turn the
    /// conversation is read twice, the transcript read and written, the inbox inserted, read and marked, the
    /// outbox inserted and read). Lower it when a change removes round trips; raise it only with a reason.
    /// </summary>
    private const double MaxCommandsPerTurn = 12;

    private readonly ConversationApp _app = new();

    [Fact]
    public async Task AnIntakeTurnInTheWebChatCostsAFewCommandsNotDozens()
    {
        var chat = await ResidentChat.OpenAsync(_app);
        await chat.ExpectReply(contains: "Ik ben BuurtBot");
        await chat.ExpectReply(contains: "Vind je dat goed?");
        using var commands = new CommandCounter(_app.DatabasePath);

        var turns = 0;
        await chat.Tap("Ja, dat is goed");
        turns++;
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        turns++;
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        foreach (var (answer, tap, next) in new (string, bool, string)[]
        {
            ("Centrum", true, "En in welke buurt?"),
            ("Havenstraatbuurt", true, "Waar gaat je idee over?"),
            ("Spelen & bewegen", true, "korte titel"),
            ("Bankje bij de speeltuin", false, "Vertel wat je idee is"),
            ("Een houten bankje naast de zandbak.", false, "Wat wil je ermee bereiken?"),
            ("Dat ouders elkaar vaker ontmoeten.", false, "Hoeveel buren doen mee?"),
            ("12", false, "Waar precies?"),
        })
        {
            if (tap)
            {
                await chat.Tap(answer);
            }
            else
            {
                await chat.Say(answer);
            }

            turns++;
            await chat.ExpectReply(contains: next);
        }

        // Replies are marked sent after the resident has them; let the last marks land before counting.
        await Task.Delay(500);
        var perTurn = (double)commands.Count / turns;
        output.WriteLine($"{commands.Count} commands over {turns} turns = {perTurn:F1} per turn");
        foreach (var (sql, count) in commands.ByStatement().OrderByDescending(s => s.Value).Take(25))
        {
            output.WriteLine($"{count,4} × {sql}");
        }

        Assert.True(perTurn <= MaxCommandsPerTurn, $"{perTurn:F1} SQL commands per turn, more than {MaxCommandsPerTurn}; see the output for which.");
        // And it is counting at all: a turn reads and writes.
        Assert.True(perTurn >= 2, $"Only {perTurn:F1} commands per turn were seen: the counter is not listening.");
    }

    public void Dispose() => _app.Dispose();

    /// <summary>EF Core's executed commands on one database file (other tests' hosts in this process have their own).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly IDisposable _all;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private readonly ConcurrentDictionary<string, int> _statements = new(StringComparer.Ordinal);
        private int _count;

        public CommandCounter(string database)
        {
            _database = Path.GetFullPath(database);
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public IReadOnlyDictionary<string, int> ByStatement() => _statements;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
                && executed.Command.Connection?.DataSource is { } source && Path.GetFullPath(source) == _database)
            {
                Interlocked.Increment(ref _count);
                var sql = executed.Command.CommandText.ReplaceLineEndings(" ");
                _statements.AddOrUpdate(sql.Length > 140 ? sql[..140] : sql, 1, (_, n) => n + 1);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
