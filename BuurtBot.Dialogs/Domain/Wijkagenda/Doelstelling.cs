namespace BuurtBot.Dialogs.Domain.Wijkagenda;

/// <summary>
/// One priority of the wijk's agenda: a thema and what the wijk wants to reach on it ("Groen: twee
/// nieuwe geveltuin-straten in 2027"). Written by the wijkteam for the public page, never by a resident.
/// </summary>
public sealed record Doelstelling(Thema Thema, string Tekst)
{
    public const int MaxTekstLength = 300;
}
