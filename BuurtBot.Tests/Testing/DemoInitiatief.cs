using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Testing;

/// <summary>One example initiatief for the tests, as plain data; <see cref="DemoData.Build(DemoInitiatief, BuurtBot.Dialogs.Domain.Areas.AreaCatalog, DateTime)"/> turns it into a real one.</summary>
public sealed record DemoInitiatief(
    string Title,
    string Description,
    Thema Thema,
    string WijkName,
    string? BuurtName,
    string Street,
    string Doel,
    int NeighboursInSupport,
    IReadOnlyList<AfspraakDraft> Afspraken,
    InitiatiefStatus ReachedStatus);
