namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// An answer the bot did not understand, kept only after a beheerder opted in, masked by <see cref="TextMasker"/>
/// before it is stored and deleted after <see cref="OnbegrepenPurge.Retention"/>. It keeps its conversation only
/// so "vergeet mij" erases it and the export shows it; the page never shows whose it was.
/// </summary>
public sealed class OnbegrepenAntwoord
{
    public const int MaxTextLength = 300;

    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>The named step (<c>intake/wijk</c>) or the prompt's id (<c>main.menu</c>).</summary>
    public required string Where { get; set; }

    public required string Locale { get; set; }

    public string? Wijk { get; set; }

    /// <summary>The masked text, at most <see cref="MaxTextLength"/> characters.</summary>
    public required string Text { get; set; }

    /// <summary>The buttons the question offered, as JSON (<see cref="OfferedChoices"/>).</summary>
    public string ChoicesJson { get; set; } = "[]";

    public DateTime AtUtc { get; set; }
}
