using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Hosting;

namespace BuurtBot.Turns;

/// <summary>How neutral messages are stored in the inbox, outbox and transcript.</summary>
public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(InboundMessage message) => JsonSerializer.Serialize(message, Options);

    public static string Serialize(OutboundMessage message) => JsonSerializer.Serialize(message, Options);

    public static InboundMessage ReadInbound(string json) =>
        JsonSerializer.Deserialize<InboundMessage>(json, Options) ?? throw new JsonException("Empty inbound payload.");

    public static OutboundMessage ReadOutbound(string json) =>
        JsonSerializer.Deserialize<OutboundMessage>(json, Options) ?? throw new JsonException("Empty outbound payload.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HostingExtensions.ConfigureJson(options);
        return options;
    }
}
