using System.Text.Json.Nodes;

namespace BuurtBot.Fakes.Telegram;

/// <summary>One inline keyboard button under a sent message: its title and its callback data ("" for a link button).</summary>
public sealed record TelegramButton(string Title, string Data)
{
    /// <summary>The buttons of a sendMessage/editMessageReplyMarkup body, row after row.</summary>
    public static IReadOnlyList<TelegramButton> ListOf(JsonObject body) =>
        body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => new TelegramButton(b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? ""))
            .ToList() ?? [];
}
