using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Wijkagenda;

/// <summary>
/// One resident's wijkagenda answer for one year: up to three themes and one sentence. One per
/// resident per year (Europe/Amsterdam): a new answer in the same year replaces it.
/// </summary>
public sealed class WijkagendaInput
{
    public Guid Id { get; set; }

    /// <summary>The resident (their conversation id, as everywhere else).</summary>
    public required string ResidentId { get; set; }

    public required string Wijk { get; set; }

    public int Year { get; set; }

    /// <summary>The chosen themes, by name, comma-separated (at most three).</summary>
    public string Themas { get; set; } = "";

    /// <summary>Free text typed by the resident: shown only to the wijk's coordinators, never in open data.</summary>
    public string Sentence { get; set; } = "";

    public DateTime AnsweredUtc { get; set; }

    public IReadOnlyList<Thema> ThemaList =>
        [.. Themas.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Enum.TryParse<Thema>(t, out var thema) ? (Thema?)thema : null).OfType<Thema>()];
}
