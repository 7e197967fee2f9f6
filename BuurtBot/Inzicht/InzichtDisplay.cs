using System.Globalization;

namespace BuurtBot.Inzicht;

/// <summary>How the page and the CSV write a step's figures: small counts and what is computed from them suppressed.</summary>
public static class InzichtDisplay
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Median(StepFigures step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (SmallCount.IsSmall(step.TimedResidents))
        {
            return SmallCount.Suppressed;
        }

        return step.MedianTime is { } median ? Duration(median) : "–";
    }

    /// <summary>A time as people say it: seconds under a minute, minutes under an hour, hours under two days, then days.</summary>
    public static string Duration(TimeSpan time) =>
        time < TimeSpan.FromMinutes(1) ? string.Create(Dutch, $"{time.TotalSeconds:0} s")
            : time < TimeSpan.FromHours(1) ? string.Create(Dutch, $"{time.TotalMinutes:0} min")
            : time < TimeSpan.FromDays(2) ? string.Create(Dutch, $"{time.TotalHours:0.#} uur")
            : string.Create(Dutch, $"{time.TotalDays:0.#} dagen");

    public static string MedianSeconds(StepFigures step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return SmallCount.IsSmall(step.TimedResidents) ? SmallCount.Suppressed
            : step.MedianTime is { } median ? median.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) : "";
    }

    /// <summary>The share asked again, in per cent; suppressed when fewer than five residents reached the step.</summary>
    public static string ReaskPercent(StepFigures step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return SmallCount.IsSmall(step.Reached) ? SmallCount.Suppressed
            : step.ReaskShare is { } share ? (share * 100).ToString("0", CultureInfo.InvariantCulture) : "";
    }

    public static string ReaskText(StepFigures step) => ReaskPercent(step) switch
    {
        "" => "–",
        SmallCount.Suppressed => SmallCount.Suppressed,
        var percent => percent + "%",
    };

    public static string StepLabel(string step) => step switch
    {
        "wijk" => "Wijk",
        "buurt" => "Buurt",
        "thema" => "Thema",
        "title" => "Titel",
        "description" => "Beschrijving",
        "doel" => "Doel",
        "neighbours" => "Aantal buren",
        "location" => "Plek",
        "samenvatting" => "Samenvatting",
        "antwoord" => "Akkoord met de deal?",
        "wijziging" => "Wat moet anders?",
        _ => step,
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
