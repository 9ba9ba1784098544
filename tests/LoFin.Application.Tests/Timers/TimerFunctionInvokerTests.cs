using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LoFin.Application.Functions;
using LoFin.Application.Observability;
using LoFin.Application.Timers;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LoFin.Application.Tests.Timers;

public sealed class TimerFunctionInvokerTests
{
    private static readonly TimerInvocation Occurrence = new(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), null, false, 0);

    private readonly ManualClock _clock = new();

    [Fact]
    public async Task InvokeAsync_WhenTheHostFiresAKnownFunction_RunsItWithTheInvocationAndCountsTheRun()
    {
        var name = "HostFired" + Guid.NewGuid().ToString("N")[..8];
        var function = new RecordingTimerFunction(name, "0 0 9 * * *");
        var invoker = NewInvoker(function);
        var runs = new ConcurrentQueue<string?>();
        using var listener = ListenToTimerRuns(name, runs);

        var result = await invoker.InvokeAsync(name, Occurrence, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(result.Error);
        Assert.Equal(_clock.GetUtcNow(), result.StartedAt);
        Assert.Equal(Occurrence, Assert.Single(function.Invocations));
        Assert.Equal("Succeeded", Assert.Single(runs));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheFunctionThrows_ReturnsAFailedResultInsteadOfThrowing()
    {
        var name = "Throws" + Guid.NewGuid().ToString("N")[..8];
        var invoker = NewInvoker(new RecordingTimerFunction(name, "0 0 9 * * *", (_, _) => throw new TimeoutException("e나라도움 did not answer")));
        var runs = new ConcurrentQueue<string?>();
        using var listener = ListenToTimerRuns(name, runs);

        var result = await invoker.InvokeAsync(name, Occurrence with { IsPastDue = true, MissedOccurrences = 3 }, CancellationToken.None);

        Assert.Equal(TimerRunOutcome.Failed, result.Outcome);
        Assert.Equal("TimeoutException: e나라도움 did not answer", result.Error);
        Assert.Equal("Failed", Assert.Single(runs));
    }

    [Fact]
    public async Task InvokeAsync_WhenNoFunctionHasTheName_ThrowsListingTheKnownOnes()
    {
        var invoker = NewInvoker(new RecordingTimerFunction("CloseDay", "0 0 0 * * *"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => invoker.InvokeAsync("Missing", Occurrence, CancellationToken.None));

        Assert.Contains("'Missing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("CloseDay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenANameCannotBeADocumentId_Throws()
    {
        Assert.Throws<ArgumentException>(() => NewInvoker(new RecordingTimerFunction("Reports/Daily", "0 0 0 * * *")));
    }

    private TimerFunctionInvoker NewInvoker(params ITimerFunction[] functions) =>
        new(functions, _clock, NullLogger<TimerFunctionInvoker>.Instance);

    /// <summary>Records the outcome tag of each lofin.timers.runs measurement for one function (tests run in parallel).</summary>
    private static MeterListener ListenToTimerRuns(string functionName, ConcurrentQueue<string?> outcomes)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LoFinMetrics.MeterName && instrument.Name == "lofin.timers.runs")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? function = null, outcome = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "function")
                {
                    function = tag.Value as string;
                }
                else if (tag.Key == "outcome")
                {
                    outcome = tag.Value as string;
                }
            }
            if (function == functionName)
            {
                outcomes.Enqueue(outcome);
            }
        });
        listener.Start();
        return listener;
    }
}
