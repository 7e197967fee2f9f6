namespace BuurtBot.Dialogs.Domain;

/// <summary>
/// Guards that times entering the domain are UTC, so a local DateTime never ends up in the
/// timeline an hour off. Take them from <c>timeProvider.GetUtcNow().UtcDateTime</c>.
/// </summary>
internal static class UtcTime
{
    public static DateTime Require(DateTime value, string paramName) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException($"Expected a UTC time (DateTimeKind.Utc) but got {value.Kind}; pass timeProvider.GetUtcNow().UtcDateTime.", paramName);
}
