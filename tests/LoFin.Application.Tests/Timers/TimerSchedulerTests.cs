using LoFin.Application.Functions;
using LoFin.Application.Timers;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LoFin.Application.Tests.Timers;

public sealed class TimerSchedulerTests : IDisposable
{
    // 09:00 in Seoul.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private const string EveryFiveMinutes = "0 */5 * * * *";

    private readonly ManualClock _clock = new(Start);
    private readonly TempStore _store;

    public TimerSchedulerTests() => _store = new TempStore(_clock);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task RunDueAsync_WhenPolledManyTimesWithinTheSameSecond_RunsTheOccurrenceOnce()
    {
        var function = new RecordingTimerFunction("Tick", EveryFiveMinutes);
        var scheduler = NewScheduler(function);
        Assert.Equal(0, await scheduler.RunDueAsync());

        _clock.Set(Start.AddMinutes(5));
        var ran = 0;
        for (var poll = 0; poll < 50; poll++)
        {
            ran += await scheduler.RunDueAsync();
        }
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        for (var poll = 0; poll < 20; poll++)
        {
            ran += await scheduler.RunDueAsync();
        }

        Assert.Equal(1, ran);
        var invocation = Assert.Single(function.Invocations);
        Assert.Equal(new TimerInvocation(Start.AddMinutes(5), null, IsPastDue: false, MissedOccurrences: 0), invocation);
    }

    [Fact]
    public async Task RunDueAsync_WhenTheNextOccurrenceComes_RunsItWithThePreviousOne()
    {
        var function = new RecordingTimerFunction("Tick", EveryFiveMinutes);
        var scheduler = NewScheduler(function);
        await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(5));
        await scheduler.RunDueAsync();

        _clock.Set(Start.AddMinutes(10).AddMilliseconds(200));
        var ran = await scheduler.RunDueAsync();

        Assert.Equal(1, ran);
        Assert.Equal(new TimerInvocation(Start.AddMinutes(10), Start.AddMinutes(5), false, 0), function.Invocations[^1]);
    }

    [Fact]
    public async Task RunDueAsync_WhenTwoInstancesShareTheStore_EachOccurrenceRunsExactlyOnceBetweenThem()
    {
        var function = new RecordingTimerFunction("EveryMinute", "0 * * * * *");
        var first = NewScheduler(function, instanceId: "instance-a");
        var second = NewScheduler(function, instanceId: "instance-b");
        await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync());

        var ran = 0;
        for (var minute = 1; minute <= 20; minute++)
        {
            _clock.Set(Start.AddMinutes(minute));
            var polls = Enumerable.Range(0, 4).SelectMany(_ => new[] { first.RunDueAsync(), second.RunDueAsync() });
            ran += (await Task.WhenAll(polls)).Sum();
        }

        Assert.Equal(20, ran);
        Assert.Equal(Enumerable.Range(1, 20).Select(minute => Start.AddMinutes(minute)),
            function.Invocations.Select(invocation => invocation.ScheduledAt).Order());
    }

    [Fact]
    public async Task RunDueAsync_WhenRestartedDuringARun_NeverRunsThatOccurrenceAgain()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var beforeRestart = new RecordingTimerFunction("Report", EveryFiveMinutes, (_, _) => gate.Task);
        var crashed = NewScheduler(beforeRestart, instanceId: "before-restart");
        await crashed.RunDueAsync();
        _clock.Set(Start.AddMinutes(5));
        var runInFlight = crashed.RunDueAsync();
        await Eventually.HoldsAsync(() => beforeRestart.Invocations.Count == 1, "the occurrence started");

        _store.Reopen();
        var afterRestart = new RecordingTimerFunction("Report", EveryFiveMinutes);
        var restarted = NewScheduler(afterRestart, instanceId: "after-restart");
        var ranWhileLeaseHeld = await Bounded(restarted.RunDueAsync());
        _clock.Set(Start.AddMinutes(8));
        var ranAfterLeaseRanOut = await Bounded(restarted.RunDueAsync());
        _clock.Set(Start.AddMinutes(10));
        var ranAtNextOccurrence = await Bounded(restarted.RunDueAsync());

        Assert.Equal(0, ranWhileLeaseHeld);
        Assert.Equal(0, ranAfterLeaseRanOut);
        Assert.Equal(1, ranAtNextOccurrence);
        Assert.Equal(new TimerInvocation(Start.AddMinutes(10), Start.AddMinutes(5), false, 0), Assert.Single(afterRestart.Invocations));
        var status = Assert.Single(await restarted.ListAsync());
        Assert.Equal(Start.AddMinutes(5), status.LastFailure?.ScheduledAt);
        Assert.Contains("Abandoned", status.LastError, StringComparison.Ordinal);

        // The old process's run ends against a closed store: its outcome cannot be written, and nothing throws.
        gate.SetResult();
        Assert.Equal(1, await Bounded(runInFlight));
        Assert.Single(beforeRestart.Invocations);
    }

    [Fact]
    public async Task RunDueAsync_WhenAnotherInstanceIsStillRunningTheFunction_WaitsInsteadOfOverlapping()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new RecordingTimerFunction("Report", EveryFiveMinutes, (_, _) => gate.Task);
        var shortLease = TimeSpan.FromMilliseconds(300);
        var busy = NewScheduler([function], "busy", shortLease);
        var other = NewScheduler([function], "other", shortLease);
        await busy.RunDueAsync();
        _clock.Set(Start.AddMinutes(5));
        var longRun = busy.RunDueAsync();
        await Eventually.HoldsAsync(() => function.Invocations.Count == 1, "the 09:05 run started");

        // The next occurrence comes while the 09:05 run goes on; the busy instance keeps renewing its lease.
        _clock.Set(Start.AddMinutes(10));
        await Eventually.HoldsAsync(async () => (await ReadStateAsync("Report")).LastRun?.LeaseUntil > _clock.GetUtcNow(), "the lease was renewed");
        var ranWhileBusy = await Bounded(other.RunDueAsync());
        gate.SetResult();
        await Bounded(longRun);
        var ranOnceFree = await other.RunDueAsync();

        Assert.Equal(0, ranWhileBusy);
        Assert.Equal(1, ranOnceFree);
        Assert.Equal([Start.AddMinutes(5), Start.AddMinutes(10)], function.Invocations.Select(invocation => invocation.ScheduledAt));
    }

    [Fact]
    public async Task RunDueAsync_WhenAppWasStoppedOverFiveOccurrences_CatchesUpOnceAsPastDue()
    {
        var function = new RecordingTimerFunction("Settle", EveryFiveMinutes);
        await NewScheduler(function).RunDueAsync();
        _clock.Set(Start.AddMinutes(5));
        await NewScheduler(function).RunDueAsync();

        // Stopped after 09:05; back at 09:32, over 09:10, 09:15, 09:20, 09:25 and 09:30.
        _store.Reopen();
        _clock.Set(Start.AddMinutes(32));
        var restarted = NewScheduler(function);
        var ranOnRestart = await restarted.RunDueAsync();
        var ranOnSecondPoll = await restarted.RunDueAsync();
        _clock.Set(Start.AddMinutes(35));
        var ranAtNextOccurrence = await restarted.RunDueAsync();

        Assert.Equal(1, ranOnRestart);
        Assert.Equal(0, ranOnSecondPoll);
        Assert.Equal(1, ranAtNextOccurrence);
        Assert.Equal(
            [
                new TimerInvocation(Start.AddMinutes(5), null, false, 0),
                new TimerInvocation(Start.AddMinutes(30), Start.AddMinutes(5), IsPastDue: true, MissedOccurrences: 5),
                new TimerInvocation(Start.AddMinutes(35), Start.AddMinutes(30), false, 0),
            ],
            function.Invocations);
    }

    [Theory]
    [InlineData(5, false, 0)]
    [InlineData(20, true, 1)]
    public async Task RunDueAsync_WhenOneOccurrenceWasMissed_IsPastDueOnlyWhenLateByMoreThanTheTolerance(int secondsLate, bool pastDue, int missed)
    {
        var function = new RecordingTimerFunction("Settle", EveryFiveMinutes);
        await NewScheduler(function).RunDueAsync();

        _clock.Set(Start.AddMinutes(5).AddSeconds(secondsLate));
        await NewScheduler(function).RunDueAsync();

        Assert.Equal(new TimerInvocation(Start.AddMinutes(5), null, pastDue, missed), Assert.Single(function.Invocations));
    }

    [Fact]
    public async Task RunDueAsync_WhenFunctionIsNew_DoesNotRunForOccurrencesBeforeItWasFirstSeen()
    {
        _clock.Set(Start.AddMinutes(7));
        var function = new RecordingTimerFunction("Fresh", EveryFiveMinutes);
        var scheduler = NewScheduler(function);

        var ranWhenFirstSeen = await scheduler.RunDueAsync();
        var ranOnSecondPoll = await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(10));
        var ranAtNextOccurrence = await scheduler.RunDueAsync();

        Assert.Equal(0, ranWhenFirstSeen);
        Assert.Equal(0, ranOnSecondPoll);
        Assert.Equal(1, ranAtNextOccurrence);
        Assert.Equal(new TimerInvocation(Start.AddMinutes(10), null, false, 0), Assert.Single(function.Invocations));
        Assert.Equal(Start.AddMinutes(7), (await ReadStateAsync("Fresh")).FirstSeenAt);
    }

    [Fact]
    public async Task RunDueAsync_WhenAFunctionFails_RecordsTheErrorRunsTheOthersAndRunsItsNextOccurrence()
    {
        var calls = 0;
        var flaky = new RecordingTimerFunction("Flaky", EveryFiveMinutes, (_, _) =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("treasury bank unreachable") : Task.CompletedTask);
        var steady = new RecordingTimerFunction("Steady", EveryFiveMinutes);
        var scheduler = NewScheduler(flaky, steady);
        await scheduler.RunDueAsync();

        _clock.Set(Start.AddMinutes(5));
        var ranAtFailure = await scheduler.RunDueAsync();
        var ranOnRetryPoll = await scheduler.RunDueAsync();
        var afterFailure = (await scheduler.ListAsync()).Single(status => status.Name == "Flaky");
        _clock.Set(Start.AddMinutes(10));
        var ranAtNextOccurrence = await scheduler.RunDueAsync();
        var afterRecovery = (await scheduler.ListAsync()).Single(status => status.Name == "Flaky");

        Assert.Equal(2, ranAtFailure);
        Assert.Equal(0, ranOnRetryPoll);
        Assert.Equal(2, ranAtNextOccurrence);
        Assert.Equal(2, flaky.Invocations.Count);
        Assert.Equal(2, steady.Invocations.Count);
        Assert.Equal(TimerRunOutcome.Failed, afterFailure.LastRun?.Outcome);
        Assert.Equal("InvalidOperationException: treasury bank unreachable", afterFailure.LastRun?.Error);
        Assert.Equal("InvalidOperationException: treasury bank unreachable", afterFailure.LastError);
        Assert.Equal(TimerRunOutcome.Succeeded, afterRecovery.LastRun?.Outcome);
        Assert.Equal(Start.AddMinutes(5), afterRecovery.LastFailure?.ScheduledAt);
    }

    [Fact]
    public async Task RunDueAsync_WhenOneFunctionIsSlow_RunsTheOthersWithoutWaitingForIt()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new RecordingTimerFunction("Slow", EveryFiveMinutes, (_, _) => gate.Task);
        var fastDone = 0;
        var fast = new RecordingTimerFunction("Fast", EveryFiveMinutes, (_, _) =>
        {
            Interlocked.Increment(ref fastDone);
            return Task.CompletedTask;
        });
        var scheduler = NewScheduler(slow, fast);
        await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(5));

        var round = scheduler.RunDueAsync();
        await Eventually.HoldsAsync(() => Volatile.Read(ref fastDone) == 1, "the fast function ran");
        var roundFinishedBeforeSlow = round.IsCompleted;
        gate.SetResult();

        Assert.False(roundFinishedBeforeSlow);
        Assert.Equal(2, await Bounded(round));
        Assert.Single(slow.Invocations);
    }

    [Fact]
    public async Task RunAsync_WhenAFunctionIsSlow_KeepsRunningTheOthersOnTime()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new RecordingTimerFunction("Slow", EveryFiveMinutes, (_, ct) => gate.Task.WaitAsync(ct));
        var fast = new RecordingTimerFunction("Fast", "0 * * * * *");
        var scheduler = NewScheduler(slow, fast);
        using var stop = new CancellationTokenSource();
        var loop = scheduler.RunAsync(stop.Token);
        await Eventually.HoldsAsync(async () => (await scheduler.ListAsync()).All(status => status.FirstSeenAt is not null), "both timers were first seen");

        for (var minute = 1; minute <= 8; minute++)
        {
            _clock.Set(Start.AddMinutes(minute));
            var expected = minute;
            await Eventually.HoldsAsync(() => fast.Invocations.Count == expected, $"the fast timer ran for minute {minute}");
        }
        var slowRunsWhileBlocked = slow.Invocations.Count;
        gate.SetResult();
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, slowRunsWhileBlocked);
        Assert.Equal(Enumerable.Range(1, 8).Select(minute => Start.AddMinutes(minute)), fast.Invocations.Select(invocation => invocation.ScheduledAt));
        Assert.All(fast.Invocations, invocation => Assert.False(invocation.IsPastDue));
    }

    [Fact]
    public async Task RunAsync_WhenStopped_WaitsForTheRunInFlightAndRecordsItsOutcome()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new RecordingTimerFunction("Long", EveryFiveMinutes, async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        var scheduler = NewScheduler(function);
        await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(5));
        using var stop = new CancellationTokenSource();
        var loop = scheduler.RunAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        var status = Assert.Single(await scheduler.ListAsync());
        Assert.Equal(TimerRunOutcome.Failed, status.LastRun?.Outcome);
        Assert.StartsWith("Cancelled", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDueAsync_WhenScheduleChanged_OwesNothingUnderTheNewScheduleBeforeTheChange()
    {
        await NewScheduler(new RecordingTimerFunction("Report", EveryFiveMinutes)).RunDueAsync();

        _clock.Set(Start.AddMinutes(32));
        var changed = new RecordingTimerFunction("Report", "0 */10 * * * *");
        var scheduler = NewScheduler(changed);
        var ranAtChange = await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(40));
        var ranAtNextOccurrence = await scheduler.RunDueAsync();

        Assert.Equal(0, ranAtChange);
        Assert.Equal(1, ranAtNextOccurrence);
        Assert.Equal(new TimerInvocation(Start.AddMinutes(40), null, false, 0), Assert.Single(changed.Invocations));
    }

    [Fact]
    public async Task RunDueAsync_WhenScheduleIsAnInterval_CountsFromWhenItWasFirstSeen()
    {
        _clock.Set(Start.AddSeconds(17));
        var function = new RecordingTimerFunction("Poll", "00:05:00");
        var scheduler = NewScheduler(function);
        await scheduler.RunDueAsync();

        _clock.Set(Start.AddMinutes(5));
        var ranBeforeInterval = await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(5).AddSeconds(17));
        var ranAfterInterval = await scheduler.RunDueAsync();

        Assert.Equal(0, ranBeforeInterval);
        Assert.Equal(1, ranAfterInterval);
        Assert.Equal(Start.AddMinutes(5).AddSeconds(17), Assert.Single(function.Invocations).ScheduledAt);
    }

    [Fact]
    public async Task RunDueAsync_WhenDownForMoreOccurrencesThanAreCounted_RunsTheLatestOnceWithTheCountCapped()
    {
        var function = new RecordingTimerFunction("EverySecond", "* * * * * *");
        await NewScheduler(function).RunDueAsync();

        var back = Start.AddDays(2).AddMilliseconds(400);
        _clock.Set(back);
        var ran = await NewScheduler(function).RunDueAsync();

        Assert.Equal(1, ran);
        Assert.Equal(new TimerInvocation(Start.AddDays(2), null, true, TimerScheduler.MaxCountedOccurrences), Assert.Single(function.Invocations));
    }

    [Fact]
    public async Task ListAsync_WhenTimersHaveStateAndOneIsGone_ShowsEachWithItsNextOccurrence()
    {
        await NewScheduler(new RecordingTimerFunction("Retired", "0 0 * * * *")).RunDueAsync();
        var function = new RecordingTimerFunction("Report", EveryFiveMinutes);
        var scheduler = NewScheduler(function);
        await scheduler.RunDueAsync();
        _clock.Set(Start.AddMinutes(6));
        await scheduler.RunDueAsync();

        var statuses = await scheduler.ListAsync();

        Assert.Equal(["Report", "Retired"], statuses.Select(status => status.Name));
        var report = statuses[0];
        Assert.True(report.Registered);
        Assert.Equal(EveryFiveMinutes, report.Schedule);
        Assert.Equal(Start, report.FirstSeenAt);
        Assert.Equal(Start.AddMinutes(10), report.NextOccurrence);
        Assert.Equal(Start.AddMinutes(5), report.LastScheduledAt);
        Assert.Equal(TimerRunOutcome.Succeeded, report.LastRun?.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(1), report.LastRun?.StartedAt - report.LastRun?.ScheduledAt);
        Assert.Null(report.LastError);
        Assert.False(statuses[1].Registered);
        Assert.Null(statuses[1].NextOccurrence);
    }

    [Fact]
    public void Constructor_WhenTwoFunctionsShareAName_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            NewScheduler(new RecordingTimerFunction("Twin", EveryFiveMinutes), new RecordingTimerFunction("Twin", "0 0 * * * *")));

        Assert.Contains("Twin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAScheduleIsInvalid_ThrowsNamingTheFunctionAndField()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewScheduler(new RecordingTimerFunction("Nightly", "0 0 25 * * *")));

        Assert.Contains("Nightly", error.Message, StringComparison.Ordinal);
        Assert.Contains("hour field: 25 is out of range 0-23", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A run that should finish: a regression fails the test instead of hanging it.</summary>
    private static Task<T> Bounded<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(10));

    private async Task<TimerState> ReadStateAsync(string functionName) =>
        (await _store.Documents.ReadAsync<TimerState>(TimerState.Partition, TimerState.DocumentId(functionName)))?.Body
        ?? throw new InvalidOperationException($"No state for {functionName}.");

    private TimerScheduler NewScheduler(params ITimerFunction[] functions) => NewScheduler(functions, null);

    private TimerScheduler NewScheduler(ITimerFunction function, string instanceId) => NewScheduler([function], instanceId);

    private TimerScheduler NewScheduler(ITimerFunction[] functions, string? instanceId, TimeSpan? runLease = null)
    {
        var options = new TimerSchedulerOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            InstanceId = instanceId ?? "test-" + Guid.NewGuid().ToString("N")[..8],
        };
        return new TimerScheduler(new TimerFunctionInvoker(functions, _clock, NullLogger<TimerFunctionInvoker>.Instance),
            _store.Documents,
            _clock,
            runLease is { } lease ? options with { RunLease = lease } : options,
            NullLogger<TimerScheduler>.Instance);
    }
}
