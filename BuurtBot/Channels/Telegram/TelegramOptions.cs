using System.Text.RegularExpressions;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// The Telegram channel. It is switched on by <see cref="BotToken"/> alone (from the environment,
/// never the repo); a <see cref="WebhookUrl"/> turns long polling into a webhook.
/// </summary>
public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token BotFather gave, <c>123456789:AA…</c>. No default: without it the channel is off.</summary>
    public string? BotToken { get; set; }

    /// <summary>Telegram's public Bot API, or a municipality's own <c>telegram-bot-api</c> server (tests use a fake).</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>The public https address Telegram posts updates to (ending in <c>/telegram/webhook</c>); empty means long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Sent by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c> with every webhook call, so nobody
    /// else can post fake updates. Required with a webhook; from the environment only.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long one getUpdates call waits for news when polling.</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Telegram's advice: no more than about one message a second in one chat.</summary>
    public double MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>Telegram's limit for broadcasts: about 30 messages a second over all chats.</summary>
    public double MessagesPerSecond { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => IsEnabled && !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The numeric part of the token: the bot's own id, part of every inbox key so two bots never collide.</summary>
    public string BotId => BotToken is { } token && token.IndexOf(':') is > 0 and var colon ? token[..colon] : "";

    /// <summary>Every problem with the settings, each saying how to fix it; empty when the channel can start.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsEnabled)
        {
            return [];
        }

        var problems = new List<string>();
        if (!TokenShape().IsMatch(BotToken!))
        {
            problems.Add("Telegram:BotToken does not look like a BotFather token ('<digits>:<letters>'); copy it again from BotFather.");
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            problems.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org.");
        }

        if (UsesWebhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != "https")
            {
                problems.Add("Telegram:WebhookUrl must be an absolute https URL (Telegram only posts to https), e.g. https://buurtbot.example.nl/telegram/webhook.");
            }

            if (string.IsNullOrEmpty(WebhookSecret))
            {
                problems.Add("Telegram:WebhookUrl is set but Telegram:WebhookSecret is not. Set Telegram__WebhookSecret in the environment "
                    + "(1-256 characters: A-Z, a-z, 0-9, _ and -), or remove the webhook URL to use long polling.");
            }
            else if (!SecretShape().IsMatch(WebhookSecret))
            {
                problems.Add("Telegram:WebhookSecret may only hold 1-256 characters A-Z, a-z, 0-9, _ and - (Telegram's rule).");
            }
        }

        if (PollingTimeoutSeconds is < 0 or > 50)
        {
            problems.Add("Telegram:PollingTimeoutSeconds must be 0..50.");
        }

        if (MessagesPerSecondPerChat is <= 0 or > 1000 || MessagesPerSecond is <= 0 or > 1000)
        {
            problems.Add("Telegram:MessagesPerSecondPerChat and Telegram:MessagesPerSecond must be above 0 (and at most 1000).");
        }

        return problems;
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
