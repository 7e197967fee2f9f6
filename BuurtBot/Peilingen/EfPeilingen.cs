using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Peilingen;

/// <summary>
/// Peilingen for the conversations, on the turn's own DbContext: nothing is saved here; the turn
/// saves the answer together with its dialog state and replies.
/// </summary>
internal sealed class EfPeilingen(BuurtBotDbContext db, IOptions<PeilingenOptions> options, TimeProvider time) : IPeilingen
{
    public async Task<PeilingQuestion?> FindQuestionAsync(Guid peilingId, CancellationToken cancellationToken)
    {
        var peiling = await db.Set<Peiling>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == peilingId, cancellationToken);
        return peiling is null
            ? null
            : new PeilingQuestion(peiling.Id, peiling.Question, peiling.Options, peiling.ClosesUtc, peiling.AcceptsAnswersAt(Now));
    }

    public async Task<PeilingAnswerOutcome> AnswerAsync(string residentId, Guid peilingId, int? optionIndex, CancellationToken cancellationToken)
    {
        var peiling = await db.Set<Peiling>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == peilingId, cancellationToken);

        // Only residents it was sent to may answer: a forged button or a stranger's vote counts for nothing.
        if (peiling is null || !await db.Set<PeilingDelivery>().AnyAsync(d => d.PeilingId == peilingId && d.ResidentId == residentId, cancellationToken))
        {
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Unknown);
        }

        var now = Now;
        if (!peiling.AcceptsAnswersAt(now))
        {
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Closed, peiling.Id);
        }

        if (optionIndex is { } index && (index < 0 || index >= peiling.Options.Count))
        {
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Unknown, peiling.Id);
        }

        var answers = db.Set<PeilingAnswer>();
        var existing = await answers.FirstOrDefaultAsync(a => a.PeilingId == peilingId && a.ResidentId == residentId, cancellationToken);
        if (optionIndex is null)
        {
            if (existing is not null)
            {
                answers.Remove(existing);
            }

            return new PeilingAnswerOutcome(PeilingAnswerStatus.Withdrawn, peiling.Id);
        }

        var option = peiling.Options[optionIndex.Value];
        if (existing is null)
        {
            answers.Add(new PeilingAnswer { PeilingId = peilingId, ResidentId = residentId, OptionIndex = optionIndex.Value, AnsweredUtc = now });
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Recorded, peiling.Id, option, peiling.ClosesUtc);
        }

        if (existing.OptionIndex == optionIndex.Value)
        {
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Recorded, peiling.Id, option, peiling.ClosesUtc);
        }

        existing.OptionIndex = optionIndex.Value;
        existing.ChangedUtc = now;
        return new PeilingAnswerOutcome(PeilingAnswerStatus.Changed, peiling.Id, option, peiling.ClosesUtc);
    }

    public async Task<PeilingAnswerOutcome> AnswerPollAsync(string residentId, string channelPollId, int? optionIndex, CancellationToken cancellationToken)
    {
        var peilingId = await db.Set<PeilingDelivery>().AsNoTracking()
            .Where(d => d.ChannelPollId == channelPollId && d.ResidentId == residentId)
            .Select(d => (Guid?)d.PeilingId)
            .FirstOrDefaultAsync(cancellationToken);
        return peilingId is { } id
            ? await AnswerAsync(residentId, id, optionIndex, cancellationToken)
            : new PeilingAnswerOutcome(PeilingAnswerStatus.Unknown);
    }

    public async Task<PeilingUitslag?> FindUitslagAsync(Guid peilingId, CancellationToken cancellationToken)
    {
        var peiling = await db.Set<Peiling>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == peilingId, cancellationToken);
        if (peiling is not { Status: PeilingStatus.Gesloten })
        {
            return null;
        }

        var answers = await db.Set<PeilingAnswer>().Where(a => a.PeilingId == peilingId).Select(a => a.OptionIndex).ToListAsync(cancellationToken);
        var counts = PeilingTally.Count(peiling.Options, answers);
        return new PeilingUitslag(peiling.Question, counts, answers.Count, PeilingTally.Draagvlak(peiling.Kind, counts, options.Value));
    }

    public async Task<PeilingenChoice> GetChoiceAsync(string residentId, CancellationToken cancellationToken)
    {
        var conversation = await FindConversationAsync(residentId, cancellationToken);
        return conversation is null
            ? new PeilingenChoice(false, false, null, null)
            : new PeilingenChoice(conversation.PeilingenAskedUtc is not null, conversation.PeilingenConsentUtc is not null, conversation.Wijk, conversation.Buurt);
    }

    public async Task SetChoiceAsync(string residentId, bool wantsPeilingen, string? wijk, string? buurt, CancellationToken cancellationToken)
    {
        if (await FindConversationAsync(residentId, cancellationToken) is not { } conversation)
        {
            return;
        }

        var now = Now;
        conversation.PeilingenAskedUtc ??= now;
        conversation.PeilingenConsentUtc = wantsPeilingen ? conversation.PeilingenConsentUtc ?? now : null;

        // A wijk the resident named is kept only when none was known (an initiatief's wijk wins).
        if (wantsPeilingen && wijk is not null && conversation.Wijk is null)
        {
            conversation.Wijk = wijk;
            conversation.Buurt = buurt;
        }
        else if (wantsPeilingen && buurt is not null && conversation.Buurt is null && string.Equals(conversation.Wijk, wijk, StringComparison.Ordinal))
        {
            conversation.Buurt = buurt;
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The turn's own tracked conversation, so what is set here is saved with the turn (and its version check).</summary>
    private async Task<Conversation?> FindConversationAsync(string residentId, CancellationToken cancellationToken) =>
        Guid.TryParse(residentId, out var id) ? await db.Conversations.FindAsync([id], cancellationToken) : null;
}
