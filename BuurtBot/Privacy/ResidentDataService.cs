using System.Text.Json;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

/// <summary>
/// The resident's right to see their data: every category of <see cref="ResidentDataInventory"/>
/// (the same list "vergeet mij" erases) as one JSON file, opening with a short summary in words and
/// how long each kind is kept.
/// </summary>
internal sealed class ResidentDataService(BuurtBotDbContext db, IOptions<PrivacyOptions> options, TimeProvider time) : IResidentData
{
    private static readonly JsonSerializerOptions Indented = new(MessageJson.Options) { WriteIndented = true };

    public DataRetention Retention => new(options.Value.RetentionClosedInitiatiefMonths, options.Value.RetentionConversationMonths);

    public async Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken)
    {
        var resident = ResidentKey.Parse(residentId);
        var categories = new Dictionary<string, IReadOnlyList<object>>();
        foreach (var category in ResidentDataInventory.All)
        {
            categories[category.Name] = await category.ExportAsync(db, resident, cancellationToken);
        }

        var conversation = categories["gesprek"].SingleOrDefault();
        var export = new Dictionary<string, object?>
        {
            ["exportedUtc"] = time.GetUtcNow().UtcDateTime,
            ["samenvatting"] = Summary(categories),
            ["bewaartermijnen"] = ResidentDataInventory.All.ToDictionary(c => c.Name, c => c.HowLong(options.Value)),
            ["resident"] = conversation,
        };
        foreach (var (name, rows) in categories.Where(c => c.Key != "gesprek"))
        {
            export[name] = rows;
        }

        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }

    /// <summary>"Dit bewaren we over jou: 2 initiatieven, 14 regels van het gesprek, …" in plain words.</summary>
    private static IReadOnlyList<string> Summary(IReadOnlyDictionary<string, IReadOnlyList<object>> categories) =>
    [
        "Dit bewaren we over jou. Hieronder staat alles precies.",
        .. ResidentDataInventory.All.Where(c => c.Name != "gesprek" && categories[c.Name].Count > 0)
            .Select(c => $"{c.Label}: {categories[c.Name].Count}"),
    ];
}
