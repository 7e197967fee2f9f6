namespace BuurtBot.Tests.Wijkjaar;

/// <summary>
/// A clock that a test sets to any moment of the year, whose timers keep running in real time.
/// A FakeTimeProvider moved months ahead would fire every periodic timer of the host once for each
/// period it skipped (millions of mail-queue and outbox polls); this one only changes what "now" is.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - base.GetUtcNow()).Ticks);
}
