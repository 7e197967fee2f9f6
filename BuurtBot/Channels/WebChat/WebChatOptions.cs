using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Channels.WebChat;

public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    public const int MinTokenLifetimeSeconds = 1200;

    /// <summary>
    /// Optional Direct Line secret for server-side clients (full access, as with Azure's
    /// Direct Line). Never put it in a page: pages use tokens. From the environment only.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// How long a conversation token is valid; clients refresh before it ends. At least 20 minutes:
    /// directlinejs (inside Microsoft Web Chat) refreshes every 15 minutes whatever expires_in says,
    /// and needs a few minutes more to retry a refresh that failed on a bad connection.
    /// </summary>
    [Range(MinTokenLifetimeSeconds, 86_400, ErrorMessage = "WebChat:TokenLifetimeSeconds must be between 1200 (directlinejs refreshes every 15 minutes) and 86400.")]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>Messages one conversation may send per minute before it is told to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Largest request body accepted, in bytes.</summary>
    [Range(1024, 1_048_576)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Largest upload (Web Chat's paperclip) accepted, in bytes, all files together.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Seconds between the empty keep-alive messages on an idle Direct Line stream, so proxies
    /// that close quiet connections leave it open.
    /// </summary>
    [Range(1, 600)]
    public int StreamKeepAliveSeconds { get; set; } = 30;

    /// <summary>Open streams one conversation may have (a few browser tabs); more are refused with 429.</summary>
    [Range(1, 20)]
    public int MaxStreamsPerConversation { get; set; } = 3;

    /// <summary>
    /// Sites whose pages may talk to Direct Line from the browser (CORS), for instance
    /// <c>https://www.hilversum.nl</c> with Microsoft Web Chat on it: scheme, host and port, no path.
    /// Empty: only BuurtBot's own chat page (same origin) can.
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Sites that may show the chat in a frame (CSP frame-ancestors), for instance the municipality's site.</summary>
    public string FrameAncestors { get; set; } = "'self'";
}
