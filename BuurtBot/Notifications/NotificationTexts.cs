using System.Globalization;
using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Notifications;

/// <summary>
/// The e-mails' words (the coordinators read Dutch). What happened, in which wijk, how many, and a link:
/// never a resident's words or name, which stay behind the sign-in.
/// </summary>
public static class NotificationTexts
{
    public static MailText Queued(string? wijk) => new(
        $"BuurtBot: een bewoner wacht op een coördinator{InWijk(wijk)}",
        $"Een bewoner vraagt in de chat om een mens{InWijk(wijk)}. Het gesprek staat in de wachtrij.");

    public static MailText HulpNodig(string? wijk) => new(
        $"BuurtBot: een initiatiefnemer vraagt om hulp{InWijk(wijk)}",
        $"Bij een check-in van een buurtdeal{InWijk(wijk)} koos de initiatiefnemer \"Hulp nodig\".");

    public static MailText GeenReactie(string? wijk) => new(
        $"BuurtBot: geen reactie op een check-in{InWijk(wijk)}",
        $"Een initiatiefnemer{InWijk(wijk)} heeft niet gereageerd op een check-in, ook niet na de herinnering.");

    public static MailText DealAccepted(string wijk) => new(
        $"BuurtBot: een bewoner accepteerde een buurtdeal{InWijk(wijk)}",
        $"De initiatiefnemer heeft de buurtdeal geaccepteerd{InWijk(wijk)}. Kijk of de gemeente hem ook kan accepteren.");

    public static MailText DealChangeRequested(string? wijk) => new(
        $"BuurtBot: een bewoner wil een buurtdeal veranderen{InWijk(wijk)}",
        $"De initiatiefnemer vraagt om een wijziging in de buurtdeal{InWijk(wijk)}. Het verzoek staat op de pagina van het initiatief.");

    public static MailText FaseOpened(string wijk, WijkjaarFase fase) => new(
        $"BuurtBot: {FaseName(fase).ToLowerInvariant()} begint in wijk {wijk}",
        fase switch
        {
            WijkjaarFase.Wijkanalyse => $"De wijkanalyse van {wijk} begint: bewoners krijgen de vraag wat goed gaat en wat beter moet. Bekijk de cijfers van de wijk en plan het gesprek met de buurt.",
            WijkjaarFase.Wijkagenda => $"De wijkagenda van {wijk} is aan de beurt: kies met het wijkteam de thema's met elk een doelstelling, laat hem goedkeuren en publiceer hem.",
            WijkjaarFase.Buurtactiviteitenplan => $"Het buurtactiviteitenplan van {wijk} is aan de beurt: zet per thema van de wijkagenda de initiatieven en buurtdeals voor komend jaar in het plan en publiceer het.",
            _ => $"De monitoring van {wijk} begint: kijk per doelstelling wat er dit jaar gebeurd is.",
        });

    /// <summary>A phase's name as coordinators read it.</summary>
    public static string FaseName(WijkjaarFase fase) => fase switch
    {
        WijkjaarFase.Wijkanalyse => "Wijkanalyse",
        WijkjaarFase.Wijkagenda => "Wijkagenda",
        WijkjaarFase.Buurtactiviteitenplan => "Buurtactiviteitenplan",
        _ => "Monitoring",
    };

    public static MailText Summary(int queued, int tasks)
    {
        var lines = new List<string>();
        if (queued > 0)
        {
            lines.Add(queued == 1 ? "1 bewoner wacht in de wachtrij." : string.Create(CultureInfo.InvariantCulture, $"{queued} bewoners wachten in de wachtrij."));
        }

        if (tasks > 0)
        {
            lines.Add(tasks == 1 ? "1 taak staat open." : string.Create(CultureInfo.InvariantCulture, $"{tasks} taken staan open."));
        }

        return new MailText("BuurtBot: overzicht voor vandaag", string.Join('\n', lines));
    }

    public static string Body(string firstName, MailText text, Uri link, Uri preferences)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"""
            Hallo {firstName},

            {text.What}

            Bekijk het in BuurtBot: {link}

            Welke e-mails je van BuurtBot krijgt, kies je zelf: {preferences}
            """;
    }

    private static string InWijk(string? wijk) => wijk is null ? "" : $" in wijk {wijk}";
}

/// <summary>An e-mail's subject and its one sentence of what happened.</summary>
public sealed record MailText(string Subject, string What);
