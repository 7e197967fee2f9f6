using BuurtBot.Dialogs.Conversations.Peiling;

namespace BuurtBot.Dialogs.Conversations.Commands;

/// <summary>
/// What a resident can say at any point of any conversation, before the open question sees it.
/// <see cref="GlobalCommandRecognizer"/> finds one in a message; <see cref="GlobalCommandHandler{TMainDialog}"/>
/// carries it out.
/// </summary>
public abstract record GlobalCommand
{
    private GlobalCommand()
    {
    }

    /// <summary>"english", "nederlands": speak this language from now on.</summary>
    public sealed record SwitchLanguage(string Locale) : GlobalCommand;

    /// <summary>"mijn gegevens": everything stored about the resident, as a file.</summary>
    public sealed record ExportData : GlobalCommand;

    /// <summary>"vergeet mij": forget the resident, after a confirmation.</summary>
    public sealed record EraseData : GlobalCommand;

    /// <summary>
    /// An opened share link (<c>/start steun_CODE</c>, <c>?steun=CODE</c>, "steun CODE"); the code is
    /// <see cref="Steun.SteunLink.InvalidCode"/> for a link whose code cannot be one.
    /// </summary>
    public sealed record OpenShareLink(string Code) : GlobalCommand;

    /// <summary>A tap on a peiling's button, or a vote in a channel's poll, however long after the question.</summary>
    public sealed record AnswerPeiling(PeilingAnswerRequest Request) : GlobalCommand;

    /// <summary>
    /// A check-in button (Loopt goed · Loopt achter · Hulp nodig · Nee, verder) tapped when no check-in
    /// question is open any more: that question was answered or the deal moved on since.
    /// </summary>
    public sealed record OldCheckInAnswer : GlobalCommand;

    /// <summary>"geen peilingen".</summary>
    public sealed record PeilingenOff : GlobalCommand;

    /// <summary>"wel peilingen".</summary>
    public sealed record PeilingenOn : GlobalCommand;

    /// <summary>"mens", "ik wil een medewerker": hand the chat to a coordinator.</summary>
    public sealed record AskForPerson : GlobalCommand;

    /// <summary>"menu": cancel everything and show the main menu.</summary>
    public sealed record Menu : GlobalCommand;

    /// <summary>"stop", "annuleer": cancel everything.</summary>
    public sealed record Stop : GlobalCommand;

    /// <summary>"terug", "vorige": ask the previous question again.</summary>
    public sealed record Back : GlobalCommand;

    /// <summary>"help", "hulp": explain the commands, then ask the question again.</summary>
    public sealed record Help : GlobalCommand;
}
