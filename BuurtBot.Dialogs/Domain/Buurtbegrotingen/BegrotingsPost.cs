namespace BuurtBot.Dialogs.Domain.Buurtbegrotingen;

/// <summary>
/// What one buurtdeal draws from its wijk's budget: the amounts of the gemeente's afspraken, in the year
/// the gemeente accepted the deal. <paramref name="Released"/>: the initiatief was withdrawn or rejected
/// afterwards, so the money is free again.
/// </summary>
public sealed record BegrotingsPost(Guid InitiatiefId, int Year, long Cents, bool Released)
{
    /// <summary>Euros as typed on the deal (two decimals at most in practice) to whole cents, rounded half away from zero.</summary>
    public static long CentsOf(decimal euros) => (long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero);
}
