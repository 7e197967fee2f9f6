namespace BuurtBot.Dialogs.Domain.Buurtbegrotingen;

/// <summary>
/// The money a wijk has for its buurtdeals in one year, set by a beheerder. What is committed is not
/// stored here: it follows from the deals the gemeente accepted (<see cref="BegrotingsStand"/>), so a
/// withdrawn deal gives its money back without anyone remembering to.
/// </summary>
public sealed class Buurtbegroting
{
    private Buurtbegroting(string wijk, int year)
    {
        Wijk = wijk;
        Year = year;
        SetById = string.Empty;
    }

    // For EF Core materialisation.
    private Buurtbegroting()
    {
        Wijk = string.Empty;
        SetById = string.Empty;
    }

    public string Wijk { get; private set; }

    public int Year { get; private set; }

    /// <summary>In euro cents, so sums are exact.</summary>
    public long AmountCents { get; private set; }

    public string SetById { get; private set; }

    public DateTime SetUtc { get; private set; }

    public static Buurtbegroting For(string wijk, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        return new Buurtbegroting(wijk, year);
    }

    public void Set(long amountCents, string byId, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountCents);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        (AmountCents, SetById, SetUtc) = (amountCents, byId, now);
    }
}
