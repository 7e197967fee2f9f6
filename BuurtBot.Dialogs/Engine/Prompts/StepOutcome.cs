namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What happened at a named step in one turn. A resident who left is one whose last outcome is not <see cref="Answered"/>.</summary>
public enum StepOutcome
{
    /// <summary>The question was asked (the first time).</summary>
    Asked,

    /// <summary>The answer was understood and valid; the dialog goes on.</summary>
    Answered,

    /// <summary>The answer was not understood (or not valid): the question is asked again.</summary>
    Reasked,
}
