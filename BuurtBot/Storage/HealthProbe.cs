namespace BuurtBot.Storage;

/// <summary>
/// One row per instance that <c>/health/ready</c> writes on every check: reading proves little when
/// the disk is full (reads still work), so readiness is "this instance can commit a write now".
/// </summary>
public sealed class HealthProbe
{
    public required string Instance { get; set; }

    public DateTime CheckedUtc { get; set; }
}
