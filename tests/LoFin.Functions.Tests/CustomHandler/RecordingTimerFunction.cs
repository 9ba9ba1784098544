using System.Collections.Concurrent;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>A test-only timer function: records every occurrence it is run for.</summary>
public sealed class RecordingTimerFunction(IDocumentStore store) : ITimerFunction
{
    public const string FunctionName = "RecordTestTick";
    public const string ScheduleExpression = "0 30 2 * * *";

    public string Name => FunctionName;

    public string Schedule => ScheduleExpression;

    public ConcurrentQueue<TimerInvocation> Runs { get; } = new();

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        Runs.Enqueue(invocation);
        await store.UpsertAsync(TenantId.National, TestTick.DocumentId(invocation.ScheduledAt),
            new TestTick(invocation.ScheduledAt, invocation.PreviousScheduledAt, invocation.IsPastDue, invocation.MissedOccurrences), cancellationToken);
    }
}
