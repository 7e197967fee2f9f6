namespace BuurtBot.Inzicht;

/// <summary>The steps of one dialog in their order, with their figures.</summary>
public sealed record DialogFunnel(string Dialog, string Label, IReadOnlyList<StepFigures> Steps);
