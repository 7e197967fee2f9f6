using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Residents;
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

        if (optionIndex is { } index && !peiling.HasOption(index))
        {
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Unknown, peiling.Id);
        }

        var answers = db.Set<PeilingAnswer>();
        var existing = await answers.FirstOrDefaultAsync(a => a.PeilingId == peilingId && a.ResidentId == residentId, cancellationToken);
        if (optionIndex is null)
        {
            if (existing is not null)
            {
                peiling.WithdrawAnswer(existing, now);
                answers.Remove(existing);
            }

            return new PeilingAnswerOutcome(PeilingAnswerStatus.Withdrawn, peiling.Id);
        }

        var option = peiling.Options[optionIndex.Value];
        if (existing is null)
        {
            answers.Add(peiling.Answer(residentId, optionIndex.Value, now));
            return new PeilingAnswerOutcome(PeilingAnswerStatus.Recorded, peiling.Id, option, peiling.ClosesUtc);
        }

        var changed = peiling.ChangeAnswer(existing, optionIndex.Value, now);
        return new PeilingAnswerOutcome(changed ? PeilingAnswerStatus.Changed : PeilingAnswerStatus.Recorded, peiling.Id, option, peiling.ClosesUtc);
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
        if (conversation is null)
        {
            return new PeilingenChoice(false, false, null, null);
        }

        var resident = ResidentOf(conversation);
        return new PeilingenChoice(resident.WasAskedAboutPeilingen, resident.WantsPeilingen, resident.Wijk, resident.Buurt);
    }

    public async Task SetChoiceAsync(string residentId, bool wantsPeilingen, string? wijk, string? buurt, CancellationToken cancellationToken)
    {
        if (await FindConversationAsync(residentId, cancellationToken) is not { } conversation)
        {
            return;
        }

        var resident = ResidentOf(conversation).ChoosePeilingen(wantsPeilingen, wijk, buurt, Now);
        (conversation.Wijk, conversation.Buurt, conversation.PeilingenAskedUtc, conversation.PeilingenConsentUtc) =
            (resident.Wijk, resident.Buurt, resident.PeilingenAskedUtc, resident.PeilingenConsentUtc);
    }

    private static Resident ResidentOf(Conversation conversation) =>
        new(conversation.Wijk, conversation.Buurt, conversation.PeilingenAskedUtc, conversation.PeilingenConsentUtc);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The turn's own tracked conversation, so what is set here is saved with the turn (and its version check).</summary>
    private async Task<Conversation?> FindConversationAsync(string residentId, CancellationToken cancellationToken) =>
        Guid.TryParse(residentId, out var id) ? await db.Conversations.FindAsync([id], cancellationToken) : null;
}
