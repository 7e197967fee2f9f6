namespace BuurtBot.Public.Buurtmonitor;

/// <summary>One bar: its label, its length, and the number written beside it.</summary>
public sealed record ChartBar(string Label, double Value, string Text);
