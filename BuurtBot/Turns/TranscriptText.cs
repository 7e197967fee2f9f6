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
        { PollVote.OptionIds.Count: > 0 } => "[peiling beantwoord]",
        { PollVote: not null } => "[peiling-antwoord ingetrokken]",
        { Value: { Length: > 0 } value } => value,
        _ => "",
    };
}
