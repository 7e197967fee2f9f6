using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Delivers a stored reply to Teams: as a reply to the resident's activity when there is one,
/// otherwise as a new message (a check-in, a coordinator's answer) using the stored reference.
/// </summary>
public sealed class TeamsSender(
    TeamsConnectorClient connector,
    TeamsTokenProvider tokens,
    TeamsSendLimiter limiter,
    ServiceUrlPolicy serviceUrls,
    IServiceScopeFactory scopes,
    IOptions<TeamsOptions> options,
    TimeProvider time) : IChannelSender
{
    /// <summary>Short waits for the rate limit are taken here; longer ones go back to the outbox.</summary>
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(2);

    public string Channel => TeamsActivityTranslator.Channel;

    public ChannelCapabilities Capabilities { get; } = new()
    {
        // Two hero cards of six buttons; suggested actions show at most three.
        MaxChoices = 2 * TeamsReplyRenderer.MaxButtonsPerCard,
        MaxTextLength = 20_000,
        SupportsLocation = false,
        SupportsAttachments = false,
    };

    public async Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (TeamsConversationReference.FromJson(delivery.ChannelData) is not { } reference
            || !ServiceUrlPolicy.IsAcceptable(reference.ServiceUrl, out _))
        {
            return SendResult.Refused("No usable Teams conversation reference is stored for this conversation.");
        }

        while (!limiter.TryAcquire(reference.ConversationId, out var wait))
        {
            if (wait > MaxInlineWait)
            {
                return SendResult.RetryLater(wait, "Teams rate limit for this conversation");
            }

            await Task.Delay(wait, time, cancellationToken);
        }

        var replyTo = TeamsActivityTranslator.ActivityIdOf(reference.ConversationId, delivery.ReplyToChannelMessageId);
        if (replyTo == "start")
        {
            replyTo = null;
        }

        var locale = delivery.Locale is { Length: > 0 } known ? known : await LocaleOfAsync(delivery.ConversationId, cancellationToken);
        var activity = TeamsReplyRenderer.Render(delivery.Message, reference, replyTo, locale);
        var token = serviceUrls.MaySendToken(reference) ? await tokens.GetTokenAsync(cancellationToken) : null;
        var result = await connector.PostAsync(TeamsConnectorClient.ActivitiesUri(reference, replyTo), activity, token, cancellationToken);
        if (result.Outcome == SendOutcome.Retry && result.Error?.StartsWith("401", StringComparison.Ordinal) == true)
        {
            tokens.Invalidate();
        }

        return result;
    }

    /// <summary>For a delivery that came without the conversation's language (a conversation that has none yet reads the default).</summary>
    private async Task<string> LocaleOfAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var locale = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => c.Locale).FirstOrDefaultAsync(cancellationToken);
        return locale is { Length: > 0 } ? locale : options.Value.DefaultLocale;
    }
}
