namespace BuurtBot.Dialogs.Messages;

/// <summary>The Bot Framework's input hints; serialized camelCase on the wire.</summary>
public enum InputHint
{
    AcceptingInput,
    ExpectingInput,
    IgnoringInput,
}
