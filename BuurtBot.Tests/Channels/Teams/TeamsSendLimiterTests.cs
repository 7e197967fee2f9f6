using BuurtBot.Channels.Teams;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Teams;

/// <summary>Teams' per-conversation limits, counted exactly as Microsoft documents them (7/1 s, 8/2 s, 60/30 s, 1800/h).</summary>
public sealed class TeamsSendLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AReplyOfThreeMessagesGoesOutAtOnce()
    {
        var limiter = new TeamsSendLimiter(_time);

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(limiter.TryAcquire("a:1", out _), $"message {i + 1}"));
    }

    [Fact]
    public void TheEighthSendWithinASecondWaitsUntilTheFirstLeavesTheSecond()
    {
        var limiter = new TeamsSendLimiter(_time);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.TryAcquire("a:1", out _));
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.False(limiter.TryAcquire("a:1", out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(300) + TeamsSendLimiter.Margin, wait);
        _time.Advance(wait);
        Assert.True(limiter.TryAcquire("a:1", out _));
    }

    [Fact]
    public void NineSendsInTwoSecondsAreOneTooMany()
    {
        // Three replies of three messages, 0.6 s apart: never 7 in one second, but 9 in two.
        var limiter = new TeamsSendLimiter(_time);
        for (var reply = 0; reply < 2; reply++)
        {
            Assert.All(Enumerable.Range(0, 3), i => Assert.True(limiter.TryAcquire("a:1", out _), $"message {i + 1}"));
            _time.Advance(TimeSpan.FromMilliseconds(600));
        }

        Assert.True(limiter.TryAcquire("a:1", out _));
        Assert.True(limiter.TryAcquire("a:1", out _));
        Assert.False(limiter.TryAcquire("a:1", out var wait));
        // The first send was at 0 s; it leaves the 2-second window at 2 s, 0.8 s from now (and the margin).
        Assert.Equal(TimeSpan.FromMilliseconds(800) + TeamsSendLimiter.Margin, wait);
    }

    [Fact]
    public void SixtyInThirtySecondsThenItWaitsForTheOldest()
    {
        var limiter = new TeamsSendLimiter(_time);
        for (var i = 0; i < 60; i++)
        {
            Assert.True(limiter.TryAcquire("a:1", out _), $"send {i + 1}");
            _time.Advance(TimeSpan.FromMilliseconds(450));
        }

        // 60 sends over 26.55 s; the first leaves the 30-second window 3.45 s from now.
        Assert.False(limiter.TryAcquire("a:1", out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(30_000 - (60 * 450)) + TeamsSendLimiter.Margin, wait);
    }

    [Fact]
    public void EighteenHundredInAnHour()
    {
        var limiter = new TeamsSendLimiter(_time);
        for (var i = 0; i < 1800; i++)
        {
            Assert.True(limiter.TryAcquire("a:1", out _), $"send {i + 1}");
            _time.Advance(TimeSpan.FromSeconds(1.5));
        }

        Assert.False(limiter.TryAcquire("a:1", out var wait));
        Assert.Equal(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1.5 * 1800) + TeamsSendLimiter.Margin, wait);
    }

    [Fact]
    public void ConversationsAreCountedApartAndForgottenAfterAnHourOfQuiet()
    {
        var limiter = new TeamsSendLimiter(_time);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.TryAcquire("a:1", out _));
        }

        Assert.True(limiter.TryAcquire("a:2", out _));
        Assert.Equal(2, limiter.TrackedConversations);

        _time.Advance(TimeSpan.FromMinutes(61));
        Assert.True(limiter.TryAcquire("a:3", out _));
        Assert.Equal(1, limiter.TrackedConversations);
    }
}
