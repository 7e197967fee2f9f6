using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>The registered channels by name.</summary>
public sealed class ChannelRegistry(IEnumerable<IChannelSender> senders)
{
    private readonly Dictionary<string, IChannelSender> _senders =
        senders.ToDictionary(s => s.Channel, StringComparer.OrdinalIgnoreCase);

    public IChannelSender? Find(string channel) => _senders.GetValueOrDefault(channel);

    /// <summary>The channels whose clients fetch the stored replies (<see cref="IChannelSender.DeliveredByStoring"/>).</summary>
    public IReadOnlyList<string> FetchedByClients { get; } = [.. senders.Where(s => s.DeliveredByStoring).Select(s => s.Channel)];

    public ChannelCapabilities CapabilitiesOf(string channel) =>
        Find(channel)?.Capabilities ?? ChannelCapabilities.Default;
}
