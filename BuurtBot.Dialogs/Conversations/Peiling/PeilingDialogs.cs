using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>The dialogs the host begins with peiling events; pass them to the bot as event dialogs.</summary>
public static class PeilingDialogs
{
    public static IReadOnlyList<Dialog> All(AreaCatalog areas, IPeilingen peilingen) =>
        [new PeilingDialog(peilingen), new PeilingAnswerDialog(peilingen), new PeilingUitslagDialog(peilingen), new PeilingenChoiceDialog(areas, peilingen)];
}
