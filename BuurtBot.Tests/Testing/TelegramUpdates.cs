using System.Text.Json.Nodes;

namespace BuurtBot.Tests.Testing;

/// <summary>Updates as Telegram puts them on the wire (snake_case JSON), for the fake API and the webhook.</summary>
public static class TelegramUpdates
{
    public const long ChatId = 424242;

    public static JsonObject Text(int updateId, string text, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = Message(updateId, chatId, new JsonObject { ["text"] = text }),
    };

    public static JsonObject Location(int updateId, double latitude, double longitude, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = Message(updateId, chatId, new JsonObject
        {
            ["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude },
        }),
    };

    public static JsonObject Photo(int updateId, string caption, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = Message(updateId, chatId, new JsonObject
        {
            ["caption"] = caption,
            ["photo"] = new JsonArray(
                PhotoSize("small-id", 90, 60),
                PhotoSize("large-id", 1280, 853),
                PhotoSize("medium-id", 320, 213)),
        }),
    };

    /// <summary>A file sent as a document (Telegram keeps it as sent, not recompressed).</summary>
    public static JsonObject Document(int updateId, string fileId, string mimeType, string fileName, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = Message(updateId, chatId, new JsonObject
        {
            ["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_name"] = fileName, ["mime_type"] = mimeType },
        }),
    };

    public static JsonObject Tap(int updateId, int messageId, string data, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cbq-{updateId}",
            ["from"] = Resident(chatId),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = 1_760_000_000,
                ["chat"] = Chat(chatId),
                ["text"] = "menu",
            },
            ["chat_instance"] = "instance-1",
            ["data"] = data,
        },
    };

    public static JsonObject MemberStatus(int updateId, string status, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(chatId),
            ["from"] = Resident(chatId),
            ["date"] = 1_760_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = status == "kicked" ? "member" : "kicked", ["user"] = Bot(), ["until_date"] = 0 },
            ["new_chat_member"] = new JsonObject { ["status"] = status, ["user"] = Bot(), ["until_date"] = 0 },
        },
    };

    /// <summary>A vote in a non-anonymous poll (no options: the vote taken back); it names the voter, not the chat.</summary>
    public static JsonObject PollAnswer(int updateId, string pollId, int[] optionIds, long userId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["poll_answer"] = new JsonObject
        {
            ["poll_id"] = pollId,
            ["user"] = Resident(userId),
            ["option_ids"] = new JsonArray(optionIds.Select(i => (JsonNode)i).ToArray()),
        },
    };

    /// <summary>An update type BuurtBot does not ask for (an inline query).</summary>
    public static JsonObject InlineQuery(int updateId, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["inline_query"] = new JsonObject { ["id"] = "iq-1", ["from"] = Resident(chatId), ["query"] = "buurt", ["offset"] = "" },
    };

    private static JsonObject Message(int updateId, long chatId, JsonObject content)
    {
        var message = new JsonObject
        {
            ["message_id"] = updateId + 10_000,
            ["from"] = Resident(chatId),
            ["chat"] = Chat(chatId),
            ["date"] = 1_760_000_000,
        };
        foreach (var (key, value) in content)
        {
            message[key] = value?.DeepClone();
        }

        return message;
    }

    private static JsonObject PhotoSize(string fileId, int width, int height) => new()
    {
        ["file_id"] = fileId,
        ["file_unique_id"] = fileId + "-u",
        ["width"] = width,
        ["height"] = height,
    };

    private static JsonObject Resident(long chatId) => new()
    {
        ["id"] = chatId,
        ["is_bot"] = false,
        ["first_name"] = "Test",
        ["language_code"] = "nl",
    };

    private static JsonObject Bot() => new() { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "BuurtBot" };

    private static JsonObject Chat(long chatId) => new() { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Test" };
}
