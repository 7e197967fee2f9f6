namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>A wijk's year in a few numbers, as the buurtmonitor counts them, for one short message in the chat.</summary>
public sealed record WijkInCijfers(int Year, int Initiatieven, int Buurtdeals, int AfsprakenGedaan, int Afspraken);
