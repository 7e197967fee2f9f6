using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// A named step's outcome in this turn, recorded on the <see cref="TurnContext"/> by the prompt; the host
/// stores it with the turn. No text of the resident: only which step and what happened.
/// </summary>
public sealed record StepMark(PromptStep Step, StepOutcome Outcome);
