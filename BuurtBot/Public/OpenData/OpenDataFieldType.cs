namespace BuurtBot.Public.OpenData;

/// <summary>How a value is written: in JSON as string, number or boolean; in CSV as text in invariant form.</summary>
public enum OpenDataFieldType
{
    /// <summary>Text; in CSV a cell that starts with = + - @ gets a leading apostrophe.</summary>
    Tekst,

    /// <summary>A fixed list of codes, documented in the field's meaning.</summary>
    Code,

    /// <summary>A GUID.</summary>
    Id,

    Geheel,

    /// <summary>Decimal number with a dot, in JSON a number.</summary>
    Decimaal,

    /// <summary>ISO 8601 date and time in UTC (<c>2026-03-01T09:30:00Z</c>).</summary>
    DatumTijd,

    /// <summary>ISO 8601 date (<c>2026-03-01</c>).</summary>
    Datum,

    /// <summary>ISO 8601 month (<c>2026-03</c>).</summary>
    Maand,

    JaNee,
}
