using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Evaluatie;

namespace BuurtBot.Tests.Testing;

/// <summary>An in-memory <see cref="IMonitoringStore"/> that remembers what the dialogs recorded.</summary>
internal sealed class FakeMonitoringStore : IMonitoringStore, IServiceProvider
{
    public CheckInSubject? Subject { get; set; }

    public string? EvaluatieTitle { get; set; }

    public List<CheckInAnswer> Answers { get; } = [];

    public List<EvaluatieAnswer> Evaluaties { get; } = [];

    public List<Guid> HelpRequests { get; } = [];

    public object? GetService(Type serviceType) => serviceType == typeof(IMonitoringStore) ? this : null;

    public Task<CheckInSubject?> FindCheckInSubjectAsync(Guid initiatiefId, CancellationToken cancellationToken) =>
        Task.FromResult(Subject?.InitiatiefId == initiatiefId ? Subject : null);

    public Task RecordCheckInAsync(CheckInAnswer answer, CancellationToken cancellationToken)
    {
        Answers.Add(answer);
        return Task.CompletedTask;
    }

    public Task RequestHelpAsync(Guid conversationId, Guid initiatiefId, CancellationToken cancellationToken)
    {
        HelpRequests.Add(initiatiefId);
        return Task.CompletedTask;
    }

    public Task<string?> FindEvaluatieTitleAsync(Guid initiatiefId, CancellationToken cancellationToken) => Task.FromResult(EvaluatieTitle);

    public Task StoreEvaluatieAsync(EvaluatieAnswer answer, CancellationToken cancellationToken)
    {
        Evaluaties.Add(answer);
        return Task.CompletedTask;
    }
}
