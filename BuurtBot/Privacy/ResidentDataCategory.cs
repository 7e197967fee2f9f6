using BuurtBot.Storage;

namespace BuurtBot.Privacy;

/// <summary>
/// One kind of personal data we keep about a resident: the tables it lives in, what it is, why,
/// who sees it and how long it stays (the verwerkingsregister's columns), how it is exported and how
/// "vergeet mij" removes it. <see cref="ResidentDataInventory"/> lists them all, so export, erase,
/// register and the inventory test cannot disagree.
/// </summary>
public sealed record ResidentDataCategory(
    string Name,
    string Label,
    IReadOnlyList<string> Tables,
    string What,
    string Why,
    string Who,
    Func<PrivacyOptions, string> HowLong,
    Func<BuurtBotDbContext, ResidentKey, CancellationToken, Task<IReadOnlyList<object>>> ExportAsync,
    Func<ResidentErasure, CancellationToken, Task> EraseAsync);
