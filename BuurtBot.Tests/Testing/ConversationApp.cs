namespace BuurtBot.Tests.Testing;

/// <summary>
/// The real host with the real resident conversation, shared by a test class. Each test's resident
/// has a chat of their own; tests that look for similar ideas pick a wijk or thema no other test uses.
/// </summary>
public sealed class ConversationApp : BuurtBotApp
{
    // A test resident types a whole intake in seconds; the web chat's per-minute limit is not what these tests are about.
    public ConversationApp() => Settings["WebChat:MessagesPerMinute"] = "1000";
}
