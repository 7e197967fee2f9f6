namespace BuurtBot.Public.OpenData;

/// <summary>
/// Every dataset in the app. Datasets are registered by scanning this assembly for
/// <see cref="IOpenDataSet"/> (see <see cref="PublicExtensions"/>), so a new one needs no list to be kept in step.
/// </summary>
public sealed class OpenDataCatalog(IEnumerable<IOpenDataSet> datasets)
{
    public IReadOnlyList<IOpenDataSet> All { get; } = datasets.OrderBy(d => d.Order).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();

    public IOpenDataSet? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
