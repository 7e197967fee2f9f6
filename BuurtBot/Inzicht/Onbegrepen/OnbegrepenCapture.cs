using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Adds a turn's misunderstood answers to the turn's own save, masked, when a beheerder opted in. A turn that
/// understood everything costs nothing here: the opt-in is read (from a 30-second cache) only when a prompt
/// refused an answer.
/// </summary>
public sealed class OnbegrepenCapture(OnbegrepenOptInSetting optIn, SharedPlaceNames places)
{
    public async Task AddAsync(BuurtBotDbContext db, Conversation conversation, TurnContext turn, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (turn.Misunderstandings.Count == 0 || !await optIn.IsOnAsync(cancellationToken))
        {
            return;
        }

        foreach (var missed in turn.Misunderstandings)
        {
            var masked = TextMasker.Mask(missed.Typed, places.Names);
            if (masked.Length == 0)
            {
                continue;
            }

            db.Set<OnbegrepenAntwoord>().Add(new OnbegrepenAntwoord
            {
                ConversationId = conversation.Id,
                Where = Cut(missed.Where, 80),
                Locale = conversation.Locale,
                Wijk = conversation.Wijk,
                Text = Cut(masked, OnbegrepenAntwoord.MaxTextLength),
                ChoicesJson = OfferedChoices.ToJson(missed.Choices),
                AtUtc = nowUtc,
            });
        }
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
