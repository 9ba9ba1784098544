using System.Collections.Concurrent;
using LoFin.Simulators.Bank.Scheduling;
using LoFin.Simulators.Tests.Support;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Simulators.Tests.Scheduling;

public sealed class DueQueueTests
{
    [Fact]
    public async Task Schedule_WhenSeveralItems_RunsEachOnceInDueOrder()
    {
        using var queue = new DueQueue(TimeProvider.System, NullLogger<DueQueue>.Instance);
        var ran = new ConcurrentQueue<int>();

        queue.Schedule(TimeSpan.FromMilliseconds(150), () => ran.Enqueue(3));
        queue.Schedule(TimeSpan.FromMilliseconds(10), () => ran.Enqueue(1));
        queue.Schedule(TimeSpan.FromMilliseconds(80), () => ran.Enqueue(2));

        await Eventually.HoldsAsync(() => ran.Count == 3, "all three ran");
        Assert.Equal([1, 2, 3], ran);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Schedule_WhenOneItemThrows_StillRunsTheOthers()
    {
        using var queue = new DueQueue(TimeProvider.System, NullLogger<DueQueue>.Instance);
        var ran = 0;

        queue.Schedule(TimeSpan.Zero, () => throw new InvalidOperationException("boom"));
        queue.Schedule(TimeSpan.Zero, () => Interlocked.Increment(ref ran));

        await Eventually.HoldsAsync(() => Volatile.Read(ref ran) == 1, "the second item ran");
    }

    [Fact]
    public async Task Schedule_WhenWallClockIsMovedByHand_StillRunsOnMonotonicTime()
    {
        var clock = new ManualClock();
        using var queue = new DueQueue(clock, NullLogger<DueQueue>.Instance);
        var ran = 0;

        queue.Schedule(TimeSpan.FromMilliseconds(20), () => Interlocked.Increment(ref ran));
        clock.Advance(TimeSpan.FromDays(-1));

        await Eventually.HoldsAsync(() => Volatile.Read(ref ran) == 1, "the item ran although the wall clock went back");
    }

    [Fact]
    public void Schedule_WhenDelayBeyondLimit_Throws()
    {
        using var queue = new DueQueue(TimeProvider.System, NullLogger<DueQueue>.Instance);

        Assert.Throws<ArgumentOutOfRangeException>(() => queue.Schedule(DueQueue.MaxDelay + TimeSpan.FromSeconds(1), () => { }));
    }
}
