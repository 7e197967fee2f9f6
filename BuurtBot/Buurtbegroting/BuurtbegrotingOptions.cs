namespace BuurtBot.Buurtbegroting;

/// <summary>The buurtbegroting (section <c>Buurtbegroting</c>): off unless the municipality works with a budget per wijk.</summary>
public sealed class BuurtbegrotingOptions
{
    public const string Section = "Buurtbegroting";

    /// <summary>A budget per wijk and year that the gemeente's afspraken with an amount draw from; off by default.</summary>
    public bool Enabled { get; set; }
}
