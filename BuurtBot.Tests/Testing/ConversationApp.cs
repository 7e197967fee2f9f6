namespace BuurtBot.Tests.Testing;

/// <summary>
/// The real host with the real resident conversation, shared by a test class. Each test's resident
/// has a chat of their own; tests that look for similar ideas pick a wijk no other test uses.
/// </summary>
public sealed class ConversationApp : BuurtBotApp
{
}
