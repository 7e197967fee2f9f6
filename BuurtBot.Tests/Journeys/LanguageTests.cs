using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Journeys;

/// <summary>Dutch by default; English when the resident asks for it or their device speaks it.</summary>
public sealed class LanguageTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    [Fact]
    public async Task TypingEnglishSwitchesTheConversationToEnglish()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.Say("english");
        await chat.ExpectReply(contains: "I will speak English with you from now on.");
        // Open questions were asked in Dutch, so the conversation starts again at the menu, in English.
        await chat.ExpectReply(contains: "What would you like to do?", buttons: ["New initiative", "My initiatives", "What matters to me?", "Talk to a neighbourhood coordinator", "Privacy", "Talk about your district"]);
        await chat.Tap("New initiative");
        await chat.ExpectReply(contains: "Great that you have an idea!");
        await chat.ExpectReply(contains: "Which district is your idea in?");

        Assert.Equal("en-GB", (await chat.ConversationAsync(app)).Locale);
    }

    [Fact]
    public async Task AFirstContactFromAnEnglishDeviceStartsInEnglish()
    {
        var chat = await ResidentChat.OpenAsync(app, acceptLanguage: "en-US");

        await chat.ExpectReply(contains: "Hello! I am BuurtBot");
        await chat.ExpectReply(contains: "Is that all right?", buttons: ["Yes, that is fine", "No, I'd rather not"]);
        await chat.Tap("Yes, that is fine");
        await chat.ExpectReply(contains: "What would you like to do?", buttons: ["New initiative", "My initiatives", "What matters to me?", "Talk to a neighbourhood coordinator", "Privacy", "Talk about your district"]);
    }
}
