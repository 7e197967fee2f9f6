using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>The line a coordinator reads for a message that is not plain text.</summary>
public static class TranscriptText
{
    public static string Of(InboundMessage message) => message switch
    {
        { Text: { Length: > 0 } text } => text,
        { Location: not null } => "[locatie gedeeld]",
        { Attachments.Count: > 0 } => "[bijlage]",
        { Value: { Length: > 0 } value } => value,
        _ => "",
    };
}
