namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>The rules for a new peiling, with the message a coordinator reads per field. Pure.</summary>
public static class PeilingRules
{
    public static readonly IReadOnlyList<string> SteunOptions = ["Ja", "Nee"];

    /// <summary>Field name → problem; empty when the draft is fine. Area and wijk-rights are checked by the caller.</summary>
    public static Dictionary<string, string> Check(PeilingDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var question = draft.Question?.Trim() ?? "";
        if (question.Length == 0)
        {
            problems["Question"] = "Vul een vraag in.";
        }
        else if (question.Length > Peiling.MaxQuestionLength)
        {
            problems["Question"] = $"De vraag is {question.Length} tekens; maximaal {Peiling.MaxQuestionLength} (de grens van een Telegram-peiling).";
        }

        if (draft.Kind == PeilingKind.Keuze)
        {
            var options = draft.Options.Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).ToList();
            if (options.Count is < Peiling.MinOptions or > Peiling.MaxOptions)
            {
                problems["Options"] = $"Geef {Peiling.MinOptions} tot {Peiling.MaxOptions} antwoorden; nu zijn het er {options.Count}.";
            }
            else if (options.FirstOrDefault(o => o.Length > Peiling.MaxOptionLength) is { } tooLong)
            {
                problems["Options"] = $"Het antwoord ‘{tooLong[..20]}…’ is te lang; maximaal {Peiling.MaxOptionLength} tekens.";
            }
            else if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            {
                problems["Options"] = "Twee antwoorden zijn hetzelfde; maak ze verschillend.";
            }
        }
        else if (draft.InitiatiefId is null)
        {
            problems["InitiatiefId"] = "Kies het initiatief waarvoor je steun peilt.";
        }

        if (draft.Target == PeilingTarget.Supporters && draft.InitiatiefId is null)
        {
            problems["InitiatiefId"] = "Kies het initiatief van wie je de steunbetuigers wilt vragen.";
        }

        if (string.IsNullOrWhiteSpace(draft.Wijk))
        {
            problems["Wijk"] = "Kies een wijk.";
        }

        if (draft.Target == PeilingTarget.Buurt && string.IsNullOrWhiteSpace(draft.Buurt))
        {
            problems["Buurt"] = "Kies een buurt, of kies als doelgroep de hele wijk.";
        }

        if (draft.ClosesUtc <= now.AddHours(1))
        {
            problems["Closes"] = "De sluitingstijd moet minstens een uur in de toekomst liggen.";
        }
        else if (draft.ClosesUtc <= draft.OpensUtc.AddHours(1))
        {
            problems["Closes"] = "De peiling moet minstens een uur openstaan na de start.";
        }
        else if (draft.ClosesUtc > now.AddDays(90))
        {
            problems["Closes"] = "Een peiling staat hoogstens 90 dagen open.";
        }

        return problems;
    }
}
