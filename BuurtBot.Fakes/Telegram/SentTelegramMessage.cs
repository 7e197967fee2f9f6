namespace BuurtBot.Fakes.Telegram;

/// <summary>
/// A message the bot sent to a watched chat (<see cref="FakeTelegramApi.Watch"/>): the text (a document's
/// caption), its buttons, and <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when the request arrived.
/// </summary>
public sealed record SentTelegramMessage(long ChatId, int MessageId, string Text, IReadOnlyList<TelegramButton> Buttons, long ReceivedTimestamp);
