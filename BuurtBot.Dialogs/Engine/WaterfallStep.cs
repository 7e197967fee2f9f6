namespace BuurtBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>: usually sends a text and returns a prompt.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
