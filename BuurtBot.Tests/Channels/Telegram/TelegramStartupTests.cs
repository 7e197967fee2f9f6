using System.Net;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramStartupTests
{
    [Fact]
    public async Task AWebhookUrlWithoutASecretFailsAtStartSayingWhatToSet()
    {
        await using var telegram = await FakeTelegramApi.StartAsync();
        using var app = TelegramBotApp.Create(telegram);
        app.Settings["Telegram:WebhookUrl"] = TelegramBotApp.WebhookUrl;

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Telegram__WebhookSecret", error.ToString());
    }

    [Fact]
    public async Task WithoutATokenTheChannelIsOffAndHasNoWebhook()
    {
        using var app = new BuurtBotApp();

        var response = await app.CreateClient().PostAsync("/telegram/webhook", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
