namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>
/// The resident's answer to "Hoe gaat het met …?". Stored by name. What it does to the afspraak:
/// LooptGoed → Bezig; LooptAchter → Bezig and the entry flagged; HulpNodig → Bezig, flagged, and
/// the chat goes to the coordinators' queue. Gedaan and NietGelukt are the coordinator's to set.
/// </summary>
public enum CheckInProgress
{
    LooptGoed,
    LooptAchter,
    HulpNodig,
}
