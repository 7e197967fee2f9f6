using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The host's ports for in-memory dialog tests: initiatieven in a list, and what the resident
/// asked of the relay and the work after a turn (<see cref="CarryOut"/>) written down instead of
/// done. No initiatief is published here, so support by link finds nothing.
/// </summary>
public sealed class FakeResidentServices : IInitiatiefStore, IResidentData, ICoordinatorRelay, ISteunStore, IShareLinks
{
    public List<Initiatief> Initiatieven { get; } = [];

    public List<(Guid ConversationId, string Reason)> HumanRequests { get; } = [];

    public List<(Guid InitiatiefId, string ResidentId, string Request)> DealChangeRequests { get; } = [];

    public List<string> Erased { get; } = [];

    public ConversationPorts Ports => new()
    {
        Initiatieven = this,
        ResidentData = this,
        Coordinators = this,
        Steun = this,
        ShareLinks = this,
    };

    /// <summary>Generous, as the host's: the same wijk and the same thema.</summary>
    public Task<IReadOnlyList<Initiatief>> FindSimilarAsync(string wijk, string? buurt, Thema thema, string title, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Initiatief>>([.. Initiatieven.Where(i => i.WijkName == wijk && i.Thema == thema && !i.IsFinal)]);

    public Task<IReadOnlyList<Initiatief>> ForResidentAsync(string residentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Initiatief>>([.. Initiatieven.Where(i => i.IsInitiatiefnemer(residentId)).OrderByDescending(i => i.CreatedAt)]);

    public Task<Initiatief?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Initiatieven.FirstOrDefault(i => i.Id == id));

    public void Add(Initiatief initiatief) => Initiatieven.Add(initiatief);

    public Task<Initiatief?> JoinAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken)
    {
        var initiatief = Initiatieven.FirstOrDefault(i => i.Id == id);
        initiatief?.AddMedeInitiatiefnemer(residentId, now);
        return Task.FromResult(initiatief);
    }

    public Task<Initiatief> AcceptDealAsync(Guid id, int version, string residentId, DateTime now, CancellationToken cancellationToken) =>
        Change(id, i => i.AcceptDeal(DealSide.Bewoners, version, Actor.Resident(residentId), now));

    public Task<Initiatief> PublishAsync(Guid id, DateTime now, CancellationToken cancellationToken) =>
        Change(id, i => i.Publish(ShareCodes.New(), now));

    public Task<Initiatief> UnpublishAsync(Guid id, DateTime now, CancellationToken cancellationToken) =>
        Change(id, i => i.Unpublish(now));

    public Task<Initiatief> WithdrawAsync(Guid id, string residentId, DateTime now, CancellationToken cancellationToken) =>
        Change(id, i => i.Withdraw(Actor.Resident(residentId), now));

    public Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken) => Task.FromResult("{}"u8.ToArray());

    /// <summary>For <see cref="DialogTestFlow"/>: the work a turn recorded for after it, written down as the host would carry it out.</summary>
    public void CarryOut(Guid conversationId, AfterTurnWork work)
    {
        switch (work)
        {
            case HandOffToCoordinator handoff:
                HumanRequests.Add((conversationId, handoff.Reason));
                break;
            case EraseResident:
                Erased.Add(conversationId.ToString("D"));
                break;
        }
    }

    public Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken)
    {
        DealChangeRequests.Add((initiatiefId, residentId, request));
        return Task.CompletedTask;
    }

    public Task<PublishedInitiatief?> FindPublishedAsync(string shareCode, string residentId, CancellationToken cancellationToken) =>
        Task.FromResult<PublishedInitiatief?>(null);

    public Task<SteunResult> SupportAsync(Guid initiatiefId, string residentId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No initiatief is published in these tests, so nothing can be supported.");

    public ShareLinkSet For(string shareCode) =>
        new(null, $"https://buurtbot.test/?steun={shareCode}", null, $"https://buurtbot.test/steun/{shareCode}/qr.svg");

    public byte[] QrPng(string shareCode) => [];

    private Task<Initiatief> Change(Guid id, Action<Initiatief> transition)
    {
        var initiatief = Initiatieven.Single(i => i.Id == id);
        transition(initiatief);
        return Task.FromResult(initiatief);
    }
}
