using System.Globalization;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// What the bot tells the resident around a handoff, Dutch at B1 level first, English second,
/// chosen by the conversation's locale. A small class rather than a resx: five sentences.
/// </summary>
public static class HandoffTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Queued(string? locale, DateTime? nextOpeningLocal)
    {
        var english = IsEnglish(locale);
        var first = english
            ? "I have passed your chat on to a neighbourhood coordinator. They will read it and answer here. You do not need to do anything."
            : "Ik heb je vraag doorgegeven aan een buurtcoördinator. Die leest het gesprek en antwoordt hier. Je hoeft niets te doen.";
        if (nextOpeningLocal is not { } opening)
        {
            return first + (english ? " This usually takes a few minutes." : " Dat duurt meestal een paar minuten.");
        }

        var when = english
            ? opening.ToString("dddd d MMMM 'after' HH:mm", English)
            : opening.ToString("dddd d MMMM 'na' HH:mm 'uur'", Dutch);
        return first + (english
            ? $" We are closed now. You can expect an answer on {when}."
            : $" We zijn nu gesloten. Je krijgt antwoord op {when}.");
    }

    public static string TakenOver(string? locale, string firstName, string? wijk) => (IsEnglish(locale), wijk) switch
    {
        (true, null) => $"You are now talking to {firstName}, neighbourhood coordinator.",
        (true, _) => $"You are now talking to {firstName}, neighbourhood coordinator for {wijk}.",
        (false, null) => $"Je praat nu met {firstName}, buurtcoördinator.",
        (false, _) => $"Je praat nu met {firstName}, buurtcoördinator {wijk}.",
    };

    public static string HandedBack(string? locale, string firstName) => IsEnglish(locale)
        ? $"{firstName} has handed the chat back to BuurtBot. We will go on where we were."
        : $"{firstName} geeft het gesprek terug aan BuurtBot. We gaan verder waar we waren.";

    public static string HandedBackToMenu(string? locale, string firstName) => IsEnglish(locale)
        ? $"{firstName} has handed the chat back to BuurtBot. Here is the menu again."
        : $"{firstName} geeft het gesprek terug aan BuurtBot. Je ziet het menu weer.";
}
