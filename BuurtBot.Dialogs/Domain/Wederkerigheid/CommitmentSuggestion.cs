using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Domain.Wederkerigheid;

/// <summary>
/// A typical commitment one side makes in a buurtdeal, offered as a starting point in the
/// wederkerigheid dialog. <see cref="Key"/> is the value its button carries (so it never changes);
/// the text is in DomainTexts under <see cref="TextKey"/>.
/// </summary>
public sealed record CommitmentSuggestion(string Key, string TextKey, DealSide Side, IReadOnlySet<Thema> Themas)
{

    public string Text(string? locale) => DomainText.Get(TextKey, locale);

    public bool Suits(Thema thema) => Themas.Contains(thema);

    /// <summary>The suggestion as an afspraak the resident can adjust before it goes into the deal.</summary>
    public AfspraakDraft ToAfspraak(string? locale) => new(Side, Text(locale));
}
