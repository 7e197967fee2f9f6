using System.Text.Json.Nodes;

namespace BuurtBot.Fakes.Telegram;

/// <summary>One call the bot made: the method, its parameters as JSON, and what the fake answered.</summary>
public sealed record TelegramCall(string Method, JsonObject Body, int StatusCode, DateTimeOffset At, JsonNode? Result);
