namespace BuurtBot.Wijkagenda;

/// <summary>Wijkagenda input (section <c>Wijkagenda</c>).</summary>
public sealed class WijkagendaOptions
{
    public const string Section = "Wijkagenda";

    /// <summary>When the yearly invitation goes out, as a Quartz cron expression in Europe/Amsterdam (default 1 March, 10:00).</summary>
    public string InviteCron { get; set; } = "0 0 10 1 3 ?";
}
