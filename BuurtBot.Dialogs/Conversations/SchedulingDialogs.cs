using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// The dialogs the scheduled jobs begin through host events ("checkin", "evaluatie"). Pass them to
/// the DialogBot as its event dialogs: <c>new DialogBot&lt;MainDialog&gt;(main, hooks, SchedulingDialogs.All(monitoring))</c>.
/// </summary>
public static class SchedulingDialogs
{
    public static IReadOnlyList<Dialog> All(IMonitoringStore monitoring) => [new CheckInDialog(monitoring), new EvaluatieDialog(monitoring)];
}
