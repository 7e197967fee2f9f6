namespace BuurtBot.Residents;

public sealed class ResidentsOptions
{
    public const string Section = "Areas";

    /// <summary>
    /// A municipality's own area file (wijken and buurten, JSON); empty uses the embedded Hilversum file.
    /// </summary>
    public string? File { get; set; }
}
