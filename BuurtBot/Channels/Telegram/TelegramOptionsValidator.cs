using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Telegram;

/// <summary>Fails the start with every Telegram setting that is wrong, each saying how to fix it.</summary>
internal sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
