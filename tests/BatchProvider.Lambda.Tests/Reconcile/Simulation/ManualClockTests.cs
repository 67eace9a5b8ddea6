using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.Reconcile.Simulation;

public sealed class ManualClockTests
{
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Delay_CompletesWhenTheClockPassesItsDueTime(int advanceSeconds, bool completed)
    {
        var clock = new ManualClock();
        var delay = Task.Delay(TimeSpan.FromSeconds(5), clock);

        clock.Advance(TimeSpan.FromSeconds(advanceSeconds));

        Assert.Equal(completed, delay.IsCompleted);
    }

    [Fact]
    public void VirtualTime_RunsMinutesOfWaitingInstantlyAndInOrder()
    {
        var clock = new ManualClock();
        var start = clock.GetUtcNow();
        var order = new List<int>();

        VirtualTime.Run(clock, () => Task.WhenAll(After(3), After(1)));

        async Task After(int minutes)
        {
            await Task.Delay(TimeSpan.FromMinutes(minutes), clock);
            order.Add(minutes);
        }

        Assert.Equal([1, 3], order);
        Assert.Equal(TimeSpan.FromMinutes(3), clock.GetUtcNow() - start);
    }

    [Fact]
    public void VirtualTime_WhenNothingCanProgress_Throws()
    {
        var clock = new ManualClock();
        var never = new TaskCompletionSource<bool>();

        Assert.Throws<TimeoutException>(() => VirtualTime.Run(clock, () => never.Task, TimeSpan.FromMinutes(1)));
    }
}
