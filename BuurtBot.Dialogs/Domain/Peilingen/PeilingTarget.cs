namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>Who is asked: residents of a buurt, of a whole wijk, or the supporters of one initiatief.</summary>
public enum PeilingTarget
{
    Buurt,
    Wijk,
    Supporters,
}
