using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Dialogs.Conversations.Wijkjaar;

/// <summary>What the phase job puts in the "wijkjaar" event: which phase opened in which wijk, as "Fase|Wijk".</summary>
public sealed record WijkjaarUitnodiging(WijkjaarFase Fase, string Wijk)
{
    public string ToOption() => $"{Fase}|{Wijk}";

    public static WijkjaarUitnodiging? Parse(object? option) =>
        option is string text && text.Split('|', 2) is [var fase, var wijk] && Enum.TryParse<WijkjaarFase>(fase, out var parsed) && wijk.Length > 0
            ? new WijkjaarUitnodiging(parsed, wijk)
            : null;
}
