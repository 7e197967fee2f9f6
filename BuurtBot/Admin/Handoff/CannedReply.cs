namespace BuurtBot.Admin.Handoff;

/// <summary>A ready-made answer a coordinator can put in the reply box; per wijk, or for all when <see cref="Wijk"/> is null.</summary>
public sealed class CannedReply
{
    public int Id { get; set; }

    public string? Wijk { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }
}
