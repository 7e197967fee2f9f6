namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// The name of a step of a dialog, carried by a prompt's <see cref="PromptOptions.Step"/>, so the host can count
/// per step how many residents reach it, answer it, are asked again or leave (the programme's Gesprekken-inzicht).
/// </summary>
/// <param name="Dialog">The dialog the step is part of, e.g. <c>intake</c>, <c>deal-review</c>.</param>
/// <param name="Name">The step within it, e.g. <c>wijk</c>, <c>titel</c>.</param>
public sealed record PromptStep(string Dialog, string Name)
{
    public override string ToString() => $"{Dialog}/{Name}";

    internal static PromptStep? Parse(string? saved) =>
        saved?.Split('/', 2) is [var dialog, var name] ? new PromptStep(dialog, name) : null;
}
