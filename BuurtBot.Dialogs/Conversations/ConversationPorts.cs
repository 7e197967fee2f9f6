using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Conversations.Wijkgesprek;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// What the conversations need of the world, typed. The host builds one set per turn on the turn's
/// unit of work (so what a dialog records is saved with the dialog state and the replies, or not at
/// all) and hands each dialog the ports it uses through its constructor, as the Bot Framework
/// samples hand a BookingDialog its recognizer.
/// </summary>
public sealed record ConversationPorts
{
    public required IInitiatiefStore Initiatieven { get; init; }

    public required ISteunStore Steun { get; init; }

    public required IShareLinks ShareLinks { get; init; }

    public required IResidentData ResidentData { get; init; }

    public required ICoordinatorRelay Coordinators { get; init; }

    /// <summary>Null in a host without buurtpeilingen: then the menu never offers them.</summary>
    public IPeilingen? Peilingen { get; init; }

    /// <summary>Null in a host without wijkagenda input: then the intake says nothing about the agenda.</summary>
    public IWijkagendaStore? Wijkagenda { get; init; }

    /// <summary>Null in a host without the wijkjaar: then the menu's wijkgesprek answers that it is not there.</summary>
    public IWijkgesprekStore? Wijkgesprek { get; init; }

    /// <summary>Null in a host that keeps no photos: then the intake does not ask for one.</summary>
    public IPhotoLinks? Photos { get; init; }
}
