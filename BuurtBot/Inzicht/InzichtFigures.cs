using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht;

/// <summary>
/// The funnels of the intake and the deal review, computed from <see cref="StepEvent"/> rows of a period
/// (read on the dialog + time index, not on the turns' tables, so turns are not slowed). A conversation
/// counts for the wijk it last named; one that never named a wijk only in "alle wijken".
/// </summary>
public sealed class InzichtFigures(BuurtBotDbContext db)
{
    /// <summary>The dialogs with named steps, each with its steps in the order a resident meets them.</summary>
    public static IReadOnlyList<(string Dialog, string Label, string[] Steps)> Dialogs { get; } =
    [
        (IntakeQuestionDialog.IntakeStepDialog, "Nieuw initiatief (intake)",
            ["wijk", "buurt", "thema", "title", "description", "doel", "neighbours", "location", "samenvatting"]),
        (DealReviewDialog.StepDialog, "Buurtdeal bekijken", ["antwoord", "wijziging"]),
    ];

    private sealed record Row(long Id, Guid ConversationId, string? Wijk, string Dialog, string Step, StepOutcome Outcome, DateTime AtUtc);

    public async Task<IReadOnlyList<DialogFunnel>> FunnelsAsync(InzichtScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var dialogs = Dialogs.Select(d => d.Dialog).ToList();
        var rows = await db.Set<StepEvent>().AsNoTracking()
            .Where(e => dialogs.Contains(e.Dialog) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => new Row(e.Id, e.ConversationId, e.Wijk, e.Dialog, e.Step, e.Outcome, e.AtUtc))
            .ToListAsync(cancellationToken);

        // The wijk a conversation last named decides where all its steps count, those before it included.
        var wijkOf = rows.GroupBy(r => r.ConversationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).LastOrDefault(r => r.Wijk is not null)?.Wijk);
        var wanted = scope.Wijken?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var counted = rows.Where(r => wanted is null || (wijkOf[r.ConversationId] is { } w && wanted.Contains(w))).ToList();

        return [.. Dialogs.Select(d => Funnel(d.Dialog, d.Label, d.Steps, counted.Where(r => r.Dialog == d.Dialog).ToList()))];
    }

    private static DialogFunnel Funnel(string dialog, string label, string[] order, List<Row> rows)
    {
        var byConversation = rows.GroupBy(r => r.ConversationId).Select(g => g.OrderBy(r => r.Id).ToList()).ToList();
        var lastOf = byConversation.Select(g => g[^1]).ToList();
        var steps = order.Concat(rows.Select(r => r.Step).Where(s => !order.Contains(s)).Distinct()).ToList();
        var figures = new List<StepFigures>();
        foreach (var step in steps)
        {
            var at = rows.Where(r => r.Step == step).ToList();
            var reached = at.Select(r => r.ConversationId).Distinct().Count();
            if (reached == 0 && !order.Contains(step))
            {
                continue;
            }

            var left = lastOf.Count(r => r.Step == step && r.Outcome != StepOutcome.Answered);
            var times = byConversation
                .Select(g => (Asked: g.FirstOrDefault(r => r.Step == step && r.Outcome == StepOutcome.Asked), g))
                .Where(x => x.Asked is not null)
                .Select(x => x.g.FirstOrDefault(r => r.Step == step && r.Outcome == StepOutcome.Answered && r.Id > x.Asked!.Id) is { } answered
                    ? answered.AtUtc - x.Asked!.AtUtc
                    : (TimeSpan?)null)
                .OfType<TimeSpan>()
                .ToList();
            figures.Add(new StepFigures(
                step, reached, left, Median(times),
                at.Count(r => r.Outcome == StepOutcome.Answered), at.Count(r => r.Outcome == StepOutcome.Reasked))
            {
                TimedResidents = times.Count,
            });
        }

        return new DialogFunnel(dialog, label, figures);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
