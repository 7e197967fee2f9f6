namespace BuurtBot.Channels.WebChat;

/// <summary>
/// On PostgreSQL, how many tokens or conversations one client address got in one minute, counted by
/// every instance together (<see cref="SharedClientRate"/>). The address is kept only as a keyed hash and
/// the row is deleted two minutes after its minute ends.
/// </summary>
public sealed class ClientRateWindow
{
    /// <summary><c>token</c> or <c>conversation</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The address (IPv6 by its /64) as a truncated SHA-256 with the app's own prefix, never the address itself.</summary>
    public required string AddressKey { get; set; }

    /// <summary>The start of the minute, UTC.</summary>
    public DateTime WindowStartUtc { get; set; }

    public int Count { get; set; }
}
