namespace BuurtBot.Steun;

/// <summary>
/// Support by link (section <c>Steun</c>): where the share links point. Nothing here is secret.
/// </summary>
public sealed class SteunOptions
{
    public const string Section = "Steun";

    /// <summary>
    /// The older name of <c>Hosting:PublicBaseUrl</c> (for example <c>https://buurtbot.hilversum.nl</c>),
    /// still honoured; see <see cref="Hosting.PublicAddress"/>. Never taken from a request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The Telegram bot's username without '@' (BotFather shows it); empty: no Telegram link.</summary>
    public string? TelegramBotUsername { get; set; }

    /// <summary>
    /// The Teams bot's Microsoft App ID; empty: no Teams link. Teams has no deep link that hands a
    /// bot a parameter, so the link opens the chat with the bot and puts "steun CODE" in the
    /// compose box (<c>https://teams.microsoft.com/l/chat/0/0?users=28:APPID&amp;message=…</c>);
    /// the resident presses Send and the bot recognises it.
    /// </summary>
    public string? TeamsBotAppId { get; set; }
}
