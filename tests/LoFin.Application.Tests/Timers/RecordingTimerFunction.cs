using System.Collections.Concurrent;
using LoFin.Application.Functions;

namespace LoFin.Application.Tests.Timers;

/// <summary>A timer function that records each invocation, then does what the test says (wait on a gate, throw).</summary>
internal sealed class RecordingTimerFunction(string name, string schedule, Func<TimerInvocation, CancellationToken, Task>? body = null) : ITimerFunction
{
    private readonly ConcurrentQueue<TimerInvocation> _invocations = new();

    public string Name => name;

    public string Schedule => schedule;

    public IReadOnlyList<TimerInvocation> Invocations => [.. _invocations];

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        _invocations.Enqueue(invocation);
        if (body is not null)
        {
            await body(invocation, cancellationToken);
        }
    }
}
