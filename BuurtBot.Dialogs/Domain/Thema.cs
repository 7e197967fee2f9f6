namespace BuurtBot.Dialogs.Domain;

/// <summary>The programme's themes for an initiatief. Stored by name, so never renumber or rename.</summary>
public enum Thema
{
    Groen,
    SpelenEnBewegen,
    Ontmoeting,
    VeiligheidEnOverlast,
    Jongeren,
    VerkeerEnMobiliteit,
    Communicatie,
    ZorgEnWelzijn,
    Anders,
}
