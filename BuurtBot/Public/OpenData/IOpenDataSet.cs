namespace BuurtBot.Public.OpenData;

/// <summary>
/// One dataset of the open-data catalogue. Adding a dataset (peilingen, wijkagenda, …) is adding
/// one class that implements this: the catalogue finds it (see <see cref="OpenDataCatalog"/>), the
/// downloads in every format, the documentation page and the personal-data test cover it without
/// further changes. Rows hold only what may be public: never names, contacts, channel ids or
/// free text of residents who did not publish it.
/// </summary>
public interface IOpenDataSet
{
    /// <summary>The name in the URL and file name: lower case, digits and hyphens (<c>initiatieven</c>).</summary>
    string Name { get; }

    /// <summary>Dutch title on the documentation page.</summary>
    string Title { get; }

    /// <summary>What one row is, in a sentence or two (Dutch, B1).</summary>
    string Description { get; }

    /// <summary>The columns, in order; every row has one value per field.</summary>
    IReadOnlyList<OpenDataField> Fields { get; }

    /// <summary>True when rows carry a point, so the dataset is also offered as GeoJSON.</summary>
    bool HasGeometry { get; }

    /// <summary>Place in the catalogue's list.</summary>
    int Order { get; }

    Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken);
}
