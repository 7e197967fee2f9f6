namespace BuurtBot.Reminders;

/// <summary>Why a coordinator should look at something. Stored by name, so never rename a member.</summary>
public enum CoordinatorTaskKind
{
    /// <summary>A check-in got no answer, not even after the reminder.</summary>
    GeenReactie,

    /// <summary>The resident answered "Hulp nodig" in a check-in.</summary>
    HulpNodig,

    /// <summary>The gemeente's own afspraken are due for a check-in: wederkerigheid is monitored both ways.</summary>
    GemeenteCheckIn,

    /// <summary>A check-in or evaluation could not reach the resident (blocked the bot, or no chat).</summary>
    Onbereikbaar,

    /// <summary>The resident's evaluation is in; the coordinator can close the initiatief.</summary>
    EvaluatieIngevuld,

    /// <summary>Daily digest: an initiatief Ingediend for more than the allowed working days without a move.</summary>
    IngediendBlijftLiggen,

    /// <summary>Daily digest: a chat has waited in the coordinators' queue past office hours.</summary>
    WachtInQueue,

    /// <summary>A resident's message failed in every attempt; the resident got an apology, the error is in the task.</summary>
    BerichtNietVerwerkt,
}
