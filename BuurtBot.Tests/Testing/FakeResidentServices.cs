using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The host's ports for in-memory dialog tests: initiatieven in a list, and what the resident
/// asked of the relay and the data rights written down instead of done. No initiatief is
/// published here, so support by link finds nothing.
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

    public Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken) => Task.FromResult("{}"u8.ToArray());

    public void EraseAfterTurn(string residentId) => Erased.Add(residentId);

    public Task RequestHumanAsync(Guid conversationId, string reason, CancellationToken cancellationToken)
    {
        HumanRequests.Add((conversationId, reason));
        return Task.CompletedTask;
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
}
