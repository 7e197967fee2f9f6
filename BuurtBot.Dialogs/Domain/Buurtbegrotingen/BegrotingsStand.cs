namespace BuurtBot.Dialogs.Domain.Buurtbegrotingen;

/// <summary>
/// A wijk's budget of one year against what its deals committed: the arithmetic, in cents, with no I/O.
/// Remaining may go below zero (a beheerder confirmed a deal over the budget); the pages say so.
/// </summary>
public sealed record BegrotingsStand(int Year, long BudgetCents, long CommittedCents)
{
    public long RemainingCents => BudgetCents - CommittedCents;

    public bool IsOver => RemainingCents < 0;

    /// <summary>The stand of <paramref name="year"/>: posts of other years and released posts do not count.</summary>
    public static BegrotingsStand Of(int year, long budgetCents, IEnumerable<BegrotingsPost> posts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budgetCents);
        ArgumentNullException.ThrowIfNull(posts);
        return new BegrotingsStand(year, budgetCents, posts.Where(p => p.Year == year && !p.Released).Sum(p => p.Cents));
    }

    /// <summary>Whether committing <paramref name="cents"/> more would go over the budget; exactly the remainder fits.</summary>
    public bool WouldExceed(long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        return cents > 0 && cents > RemainingCents;
    }

    /// <summary>The stand after committing <paramref name="cents"/> more.</summary>
    public BegrotingsStand Commit(long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        return this with { CommittedCents = CommittedCents + cents };
    }
}
