namespace BuurtBot.Instances;

/// <summary>This process among the instances: the host name (a container's id) and a random part, so a restart is a new instance.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";
}
