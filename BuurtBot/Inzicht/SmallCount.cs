using System.Globalization;

namespace BuurtBot.Inzicht;

/// <summary>
/// Fewer than five residents is shown as "&lt; 5", never as the number: a count that small (or a time or share
/// computed from it) could point at one person in a wijk.
/// </summary>
public static class SmallCount
{
    public const int Threshold = 5;

    public const string Suppressed = "< 5";

    public static bool IsSmall(int residents) => residents is > 0 and < Threshold;

    public static string Show(int residents) => IsSmall(residents) ? Suppressed : residents.ToString(CultureInfo.InvariantCulture);
}
