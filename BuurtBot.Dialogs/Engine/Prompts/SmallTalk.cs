namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a greeting, a thanks or a bare "ok" is: no answer to the question, and no error either.</summary>
public enum SmallTalk
{
    Greeting,
    Thanks,
    Acknowledgement,
}
