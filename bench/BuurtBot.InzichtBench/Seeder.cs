using System.Diagnostics;
using System.Globalization;
using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Inzicht;
using BuurtBot.Storage;

namespace BuurtBot.InzichtBench;

/// <summary>
/// A year (2026) of BuurtBot in Hilversum's eight wijken, as the turns and jobs would have written it: web chats
/// that go through the intake (some residents leave at a step, some answers are asked again), a deal review for
/// some, hand-offs for about 5 %, and about 500 initiatieven with their check-in rounds, answers and evaluations.
/// Deterministic for a seed. Rows go in in time order (as in production, so ids grow with time), in batches of
/// at most 5,000 on a fresh context without change detection.
/// </summary>
internal static class Seeder
{
    public static readonly DateTime YearStart = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime YearEnd = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int Batch = 5000;

    private static readonly string[] IntakeSteps = InzichtFigures.Dialogs.Single(d => d.Dialog == IntakeQuestionDialog.IntakeStepDialog).Steps;

    public static async Task SeedAsync(Func<BuurtBotDbContext> create, int conversations, int seed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var wijken = AreaCatalogLoader.FromEmbeddedDefault().Wijken;
        var chats = new List<Conversation>(conversations);
        var steps = new List<StepEvent>(conversations * 15);
        var handoffs = new List<HandoffRecord>();
        var completed = new List<(Conversation Chat, Wijk Wijk, DateTime At)>();

        for (var i = 0; i < conversations; i++)
        {
            var id = NewGuid(random);
            var start = YearStart + TimeSpan.FromSeconds(random.NextDouble() * (YearEnd - YearStart - TimeSpan.FromDays(1)).TotalSeconds);
            var wijk = wijken[random.Next(wijken.Count)];
            var own = new List<StepEvent>(24);
            var (finished, at) = Intake(random, id, wijk.Name, start, own);
            if (finished && random.NextDouble() < 0.25)
            {
                DealReview(random, id, wijk.Name, at + TimeSpan.FromDays(14 + random.Next(30)), own);
            }

            var chat = new Conversation
            {
                Id = id,
                Channel = "webchat",
                ChannelConversationId = string.Create(CultureInfo.InvariantCulture, $"bench-{i:D6}-{id:N}"),
                Wijk = own.LastOrDefault(e => e.Wijk is not null)?.Wijk,
                ConsentUtc = start,
                CreatedUtc = start,
                UpdatedUtc = own.Count > 0 ? own[^1].AtUtc : start,
            };
            chats.Add(chat);
            if (finished)
            {
                completed.Add((chat, wijk, at));
            }

            steps.AddRange(own);
            if (own.Count > 0 && random.NextDouble() < 0.05)
            {
                handoffs.Add(Handoff(random, own[random.Next(own.Count)]));
            }
        }

        var (initiatieven, rounds, entries, evaluaties) = Monitoring(random, completed, 500);
        Console.WriteLine(FormattableString.Invariant($"Generated in {clock.Elapsed.TotalSeconds:0.0} s; inserting..."));

        await InsertAsync(create, [.. chats.OrderBy(c => c.CreatedUtc)], cancellationToken);
        await InsertAsync(create, [.. steps.OrderBy(e => e.AtUtc)], cancellationToken);
        Console.WriteLine(FormattableString.Invariant($"Conversations and step events in at {clock.Elapsed.TotalSeconds:0.0} s."));
        await InsertAsync(create, [.. handoffs.OrderBy(h => h.QueuedUtc ?? h.TakenUtc)], cancellationToken);
        await InsertAsync(create, [.. initiatieven.OrderBy(i => i.CreatedAt)], cancellationToken, batch: 500);
        await InsertAsync(create, [.. rounds.OrderBy(r => r.SentUtc)], cancellationToken);
        await InsertAsync(create, [.. entries.OrderBy(e => e.AtUtc)], cancellationToken);
        await InsertAsync(create, [.. evaluaties.OrderBy(e => e.AtUtc)], cancellationToken);
        Console.WriteLine(FormattableString.Invariant($"Seeded in {clock.Elapsed.TotalSeconds:0.0} s."));
    }

    /// <summary>The intake as a resident goes through it: asked, sometimes asked again, answered; or gone at a step.</summary>
    private static (bool Finished, DateTime At) Intake(Random random, Guid conversation, string wijk, DateTime start, List<StepEvent> events)
    {
        // 45 % finish the intake; the others leave at a step, any step equally likely.
        var leaveAt = random.NextDouble() < 0.45 ? -1 : random.Next(IntakeSteps.Length);
        string? known = null;
        var at = start;
        for (var s = 0; s < IntakeSteps.Length; s++)
        {
            var step = IntakeSteps[s];
            at += Seconds(random, 2, 15);
            events.Add(Event(conversation, known, IntakeQuestionDialog.IntakeStepDialog, step, StepOutcome.Asked, at));
            var reasks = random.NextDouble() < 0.12 ? (random.NextDouble() < 0.25 ? 2 : 1) : 0;
            for (var r = 0; r < reasks; r++)
            {
                at += Seconds(random, 10, 120);
                events.Add(Event(conversation, known, IntakeQuestionDialog.IntakeStepDialog, step, StepOutcome.Reasked, at));
            }

            if (s == leaveAt)
            {
                return (false, at);
            }

            at += Seconds(random, 8, step is "description" or "doel" ? 300 : 90);
            if (step == "wijk")
            {
                known = wijk;
            }

            events.Add(Event(conversation, known, IntakeQuestionDialog.IntakeStepDialog, step, StepOutcome.Answered, at));
        }

        return (true, at);
    }

    /// <summary>Weeks later the resident looks at the proposed buurtdeal: agrees, asks for a change, or leaves.</summary>
    private static void DealReview(Random random, Guid conversation, string wijk, DateTime at, List<StepEvent> events)
    {
        if (at >= YearEnd)
        {
            return;
        }

        events.Add(Event(conversation, wijk, DealReviewDialog.StepDialog, "antwoord", StepOutcome.Asked, at));
        if (random.NextDouble() < 0.15)
        {
            return;
        }

        at += Seconds(random, 10, 600);
        events.Add(Event(conversation, wijk, DealReviewDialog.StepDialog, "antwoord", StepOutcome.Answered, at));
        if (random.NextDouble() < 0.3)
        {
            at += Seconds(random, 2, 10);
            events.Add(Event(conversation, wijk, DealReviewDialog.StepDialog, "wijziging", StepOutcome.Asked, at));
            at += Seconds(random, 30, 400);
            events.Add(Event(conversation, wijk, DealReviewDialog.StepDialog, "wijziging", StepOutcome.Answered, at));
        }
    }

    /// <summary>A hand-off at one of the chat's turns: queued (asked or by the menu) and taken, cancelled or still waiting; or a direct takeover.</summary>
    private static HandoffRecord Handoff(Random random, StepEvent at)
    {
        if (random.NextDouble() < 0.15)
        {
            return new HandoffRecord
            {
                ConversationId = at.ConversationId, Wijk = at.Wijk, Reason = HandoffService.DirectReason, Kind = HandoffKind.Direct, TakenUtc = at.AtUtc,
            };
        }

        var record = new HandoffRecord
        {
            ConversationId = at.ConversationId, Wijk = at.Wijk, Reason = random.NextDouble() < 0.6 ? "asked" : "menu", Kind = HandoffKind.Queued, QueuedUtc = at.AtUtc,
        };
        var outcome = random.NextDouble();
        if (outcome < 0.75)
        {
            // Minutes to hours: a log-normal-ish spread with a long tail (outside office hours).
            record.TakenUtc = at.AtUtc + TimeSpan.FromMinutes(Math.Exp(random.NextDouble() * 6.5));
        }
        else if (outcome < 0.95)
        {
            record.CancelledUtc = at.AtUtc + TimeSpan.FromMinutes(1 + (random.NextDouble() * 30));
        }

        return record;
    }

    /// <summary>
    /// About <paramref name="count"/> initiatieven from finished intakes; each deal gets a check-in round 45 days
    /// after submission and then every 28 days, three in four answered (one answer per afspraak), and a third an
    /// evaluation four to seven months in.
    /// </summary>
    private static (List<Initiatief>, List<CheckInRound>, List<MonitoringEntry>, List<InitiatiefEvaluatie>) Monitoring(
        Random random, List<(Conversation Chat, Wijk Wijk, DateTime At)> completed, int count)
    {
        var initiatieven = new List<Initiatief>();
        var rounds = new List<CheckInRound>();
        var entries = new List<MonitoringEntry>();
        var evaluaties = new List<InitiatiefEvaluatie>();
        var chosen = completed.OrderBy(_ => random.Next()).Take(count).ToList();
        var themas = Enum.GetValues<Thema>();
        foreach (var (chat, wijk, submitted) in chosen)
        {
            var resident = chat.Id.ToString("D");
            var initiatief = Initiatief.Submit(
                new InitiatiefDraft(
                    string.Create(CultureInfo.InvariantCulture, $"Buurtinitiatief {initiatieven.Count + 1}"),
                    "Een plan van de buurt, voor de buurt, met de buren.", themas[random.Next(themas.Length)], wijk, null, null,
                    "Meer contact in de straat", 3 + random.Next(20)),
                resident,
                submitted);
            initiatieven.Add(initiatief);

            var deal = NewGuid(random);
            var afspraken = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => NewGuid(random)).ToList();
            for (var due = submitted.AddDays(45); due < YearEnd; due = due.AddDays(28))
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"checkin:{deal:N}:{due:yyyy-MM-dd}");
                var round = CheckInRound.Send(key, initiatief.Id, deal, chat.Id, due);
                var answered = due + TimeSpan.FromHours(0.2 + (random.NextDouble() * 72));
                if (random.NextDouble() < 0.75 && answered < YearEnd)
                {
                    round.Answer(answered);
                    foreach (var afspraak in afspraken)
                    {
                        var answer = random.NextDouble() switch
                        {
                            < 0.7 => CheckInProgress.LooptGoed,
                            < 0.9 => CheckInProgress.LooptAchter,
                            _ => CheckInProgress.HulpNodig,
                        };
                        entries.Add(MonitoringEntry.FromResident(initiatief.Id, afspraak, key, answer, null, null, resident, answered));
                        answered += Seconds(random, 5, 60);
                    }
                }

                rounds.Add(round);
            }

            var evaluated = submitted.AddDays(120 + random.Next(90));
            if (random.NextDouble() < 0.35 && evaluated < YearEnd)
            {
                evaluaties.Add(InitiatiefEvaluatie.Submit(
                    initiatief.Id, 2 + random.Next(4), "De buren deden mee.", "Eerder beginnen.", random.NextDouble() < 0.8, resident, evaluated));
            }
        }

        return (initiatieven, rounds, entries, evaluaties);
    }

    private static async Task InsertAsync<T>(Func<BuurtBotDbContext> create, List<T> rows, CancellationToken cancellationToken, int batch = Batch)
        where T : class
    {
        for (var offset = 0; offset < rows.Count; offset += batch)
        {
            await using var db = create();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(rows.Skip(offset).Take(batch));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static StepEvent Event(Guid conversation, string? wijk, string dialog, string step, StepOutcome outcome, DateTime at) =>
        new() { ConversationId = conversation, Wijk = wijk, Dialog = dialog, Step = step, Outcome = outcome, AtUtc = at };

    private static TimeSpan Seconds(Random random, int min, int max) => TimeSpan.FromSeconds(min + (random.NextDouble() * (max - min)));

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
