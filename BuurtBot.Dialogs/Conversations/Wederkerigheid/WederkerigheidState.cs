using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.Wederkerigheid;

/// <summary>Where the wederkerigheid dialog is: the theme, whose side is being asked, and what was chosen.</summary>
public sealed record WederkerigheidState(string Thema, DealSide Side, IReadOnlyList<AfspraakDraft> Afspraken, bool Explained);
