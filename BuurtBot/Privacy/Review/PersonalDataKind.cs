namespace BuurtBot.Privacy.Review;

/// <summary>What a marked piece of text looks like; the names are what the coordinator reads.</summary>
public enum PersonalDataKind
{
    Telefoon,
    Email,
    Adres,
    Iban,
    Naam,
}
