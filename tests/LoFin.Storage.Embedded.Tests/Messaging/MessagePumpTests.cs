using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Tests.Contract;
using LoFin.Testing;

namespace LoFin.Storage.Embedded.Tests.Messaging;

/// <summary>
/// The message pump and the queue-function invoker end to end on a real SQLite store. Time
/// is a <see cref="ManualClock"/>: back-off and lease expiry are moved past by hand.
/// </summary>
public sealed class MessagePumpTests : IDisposable
{
    private static readonly TenantId[] Tenants = [TenantId.Parse("11110"), TenantId.Parse("26110"), TenantId.Parse("41110"), TenantId.National];
    private static readonly TenantId Tenant = Tenants[0];

    private readonly ManualClock _clock = new();
    private readonly TempStore _store;
    private readonly EffectFunction _function;

    public MessagePumpTests()
    {
        _store = new TempStore(_clock);
        _function = new EffectFunction(() => _store.Documents, _clock);
    }

    public void Dispose() => _store.Dispose();

    private RunningPump StartPump() => RunningPump.Start(_store, _clock, [_function]);

    private static OutboxMessage Message(string id, TenantId? tenant = null, string queue = EffectFunction.DefaultQueue) =>
        OutboxMessage.Create(queue, tenant ?? Tenant, new Note(id), id);

    private Task<QueueStatistics> StatisticsAsync() => _store.Queue.GetStatisticsAsync();

    private async Task<bool> QueueIsEmptyAsync() => await StatisticsAsync() == new QueueStatistics(0, 0, 0, 0);

    private async Task<bool> WaitingForRetryAsync() => await StatisticsAsync() == new QueueStatistics(0, 1, 0, 0);

    private async Task<long?> EffectAsync(string messageId, TenantId? tenant = null) =>
        (await _store.Documents.ReadAsync<Counter>(tenant ?? Tenant, EffectFunction.EffectId(messageId)))?.Body.Value;

    /// <summary>Sends <paramref name="count"/> messages as the outbox of batches, spread over the tenants.</summary>
    private async Task<List<(TenantId Tenant, string Id)>> SendThroughOutboxAsync(int count)
    {
        var sent = new List<(TenantId, string)>(count);
        const int perBatch = 50;
        for (var start = 0; start < count; start += perBatch)
        {
            var tenant = Tenants[start / perBatch % Tenants.Length];
            var batch = new TransactionalBatch(tenant).Upsert($"producer-{start}", new Note("produced"));
            for (var i = start; i < Math.Min(start + perBatch, count); i++)
            {
                var id = $"m-{i:D5}";
                batch.Enqueue(Message(id, tenant));
                sent.Add((tenant, id));
            }
            await _store.Documents.ExecuteBatchAsync(batch);
        }
        return sent;
    }

    /// <summary>Every effect counter in every tenant, by message id.</summary>
    private async Task<Dictionary<string, long>> AllEffectsAsync()
    {
        var effects = new Dictionary<string, long>();
        foreach (var tenant in Tenants)
        {
            string? continuation = null;
            do
            {
                var page = await _store.Documents.QueryAsync<Counter>(tenant, new DocumentQuery { PageSize = 1000, ContinuationToken = continuation });
                foreach (var document in page.Items)
                {
                    effects.Add(document.Id, document.Body.Value);
                }
                continuation = page.ContinuationToken;
            }
            while (continuation is not null);
        }
        return effects;
    }

    [Fact]
    public async Task RunAsync_WithThousandsOfMessagesFromOutboxBatches_HandlesEachExactlyOnce()
    {
        var sent = await SendThroughOutboxAsync(2_000);

        await using (var pump = StartPump())
        {
            await Eventually.HoldsAsync(QueueIsEmptyAsync, "every message completed", TimeSpan.FromSeconds(60));
            Assert.False(pump.HasStopped);
        }

        var effects = await AllEffectsAsync();
        Assert.Equal(sent.Count, effects.Count);
        Assert.All(sent, m => Assert.Equal(1, effects[EffectFunction.EffectId(m.Id)]));
        Assert.Equal(sent.Count, _function.Calls);
        foreach (var (tenant, id) in sent.Where((_, i) => i % 97 == 0))
        {
            Assert.NotNull(await _store.Documents.ReadAsync<InboxEntry>(tenant, InboxEntry.DocumentId(_function.Name, id)));
        }
    }

    [Fact]
    public async Task RunAsync_WhenAHandlerFailsTwiceThenSucceeds_RetriesAfterTheBackOffAndHandlesItOnce()
    {
        _function.FailuresBeforeSuccess = 2;
        await _store.Queue.SendAsync(Message("m-1"));
        await using var pump = StartPump();

        await Eventually.HoldsAsync(WaitingForRetryAsync, "first failure recorded for a later retry");
        Assert.Equal(1, _function.Calls);
        // The first back-off is at least the base delay (1 s): half of it is not enough.
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(await WaitingForRetryAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.HoldsAsync(async () => _function.Calls == 2 && await WaitingForRetryAsync(), "second failure recorded");
        // The second back-off doubles (2 s, less at most 20 % jitter).
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.True(await WaitingForRetryAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.HoldsAsync(QueueIsEmptyAsync, "third delivery handled and completed");

        Assert.Equal(3, _function.Calls);
        Assert.Equal(1, await EffectAsync("m-1"));
        Assert.Empty((await _store.Queue.ListDeadLettersAsync(Tenant, 10, null)).Items);
    }

    [Fact]
    public async Task RunAsync_WhenAHandlerAlwaysFails_DeadLettersAfterFiveDeliveriesAndReplayRunsItAgain()
    {
        _function.FailuresBeforeSuccess = int.MaxValue;
        await _store.Queue.SendAsync(Message("m-1"));
        await using var pump = StartPump();

        for (var delivery = 1; delivery < 5; delivery++)
        {
            var expected = delivery;
            await Eventually.HoldsAsync(async () => _function.Calls == expected && await WaitingForRetryAsync(), $"failure {expected} recorded");
            _clock.Advance(TimeSpan.FromMinutes(10));
        }
        await Eventually.HoldsAsync(async () => (await StatisticsAsync()).DeadLettered == 1, "dead-lettered after the fifth delivery");

        Assert.Equal(5, _function.Calls);
        Assert.Equal(new QueueStatistics(0, 0, 0, 1), await StatisticsAsync());
        var dead = Assert.Single((await _store.Queue.ListDeadLettersAsync(Tenant, 10, null)).Items);
        Assert.Equal("m-1", dead.MessageId);
        Assert.Equal(5, dead.Attempts);
        Assert.Equal("InvalidOperationException: Planned failure of delivery 5.", dead.LastError);
        Assert.Null(await EffectAsync("m-1"));

        _function.FailuresBeforeSuccess = 0;
        Assert.True(await _store.Queue.ReplayDeadLetterAsync(Tenant, "m-1"));
        await Eventually.HoldsAsync(QueueIsEmptyAsync, "the replayed message handled");

        Assert.Equal(6, _function.Calls);
        Assert.Equal(1, await EffectAsync("m-1"));
        Assert.Empty((await _store.Queue.ListDeadLettersAsync(Tenant, 10, null)).Items);
    }

    [Fact]
    public async Task RunAsync_WhenTheSameMessageIdIsSentAgainAfterItWasHandled_DoesNotRunTheHandlerAgain()
    {
        await using var pump = StartPump();
        await _store.Queue.SendAsync(Message("m-1"));
        await Eventually.HoldsAsync(QueueIsEmptyAsync, "first send handled");

        await _store.Queue.SendAsync(Message("m-1"));
        await Eventually.HoldsAsync(QueueIsEmptyAsync, "second send completed");

        Assert.Equal(1, _function.Calls);
        Assert.Equal(1, await EffectAsync("m-1"));
    }

    [Fact]
    public async Task RunAsync_WhenTheLeaseRunsOutAfterTheHandlerCommitted_DoesNotApplyTheEffectTwice()
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _function.AfterCommit = _ =>
        {
            committed.TrySetResult();
            return release.Task;
        };
        await _store.Queue.SendAsync(Message("m-1"));
        await using var pump = StartPump();

        await committed.Task.WaitAsync(Eventually.DefaultTimeout);
        _clock.Advance(RunningPump.TestOptions.LeaseDuration + TimeSpan.FromSeconds(1));
        // The second delivery finds the inbox mark and completes the message while the first is still running.
        await Eventually.HoldsAsync(QueueIsEmptyAsync, "redelivery recognised as a duplicate and completed");
        release.SetResult();
        await pump.StopAsync();

        Assert.Equal(1, _function.Calls);
        Assert.Equal(1, await EffectAsync("m-1"));
        Assert.Equal(new QueueStatistics(0, 0, 0, 0), await StatisticsAsync());
    }

    [Fact]
    public async Task RunAsync_WhenNoFunctionListensToTheQueue_DeadLettersTheMessageWithAClearError()
    {
        await _store.Queue.SendAsync(Message("lost", queue: "nobody-listens"));
        await _store.Queue.SendAsync(Message("m-1"));
        await using var pump = StartPump();

        await Eventually.HoldsAsync(async () => await StatisticsAsync() == new QueueStatistics(0, 0, 0, 1), "unroutable message dead-lettered, the other handled");

        var dead = Assert.Single((await _store.Queue.ListDeadLettersAsync(Tenant, 10, null)).Items);
        Assert.Equal("lost", dead.MessageId);
        Assert.Equal("nobody-listens", dead.Queue);
        Assert.Equal("No function listens to queue 'nobody-listens'.", dead.LastError);
        Assert.Equal(1, await EffectAsync("m-1"));
    }

    [Fact]
    public async Task RunAsync_StoppedMidRunAndStartedAgainOnTheReopenedStore_HandlesTheRestNoneTwiceNoneLost()
    {
        var sent = await SendThroughOutboxAsync(2_000);

        var first = StartPump();
        // The stop comes from inside a handler, so it lands mid-run however fast the pump is,
        // with other handlers in flight (their writes are cancelled or commit, never half).
        _function.BeforeCommit = _ =>
        {
            if (_function.Calls >= 300)
            {
                first.RequestStop();
            }
            return Task.CompletedTask;
        };
        await first.StoppedAsync();
        await first.DisposeAsync();
        _function.BeforeCommit = null;
        var handledByFirst = (await AllEffectsAsync()).Count;
        _store.Reopen();
        await _store.Queue.ReleaseOrphanedLeasesAsync();
        await using (var second = StartPump())
        {
            await Eventually.HoldsAsync(QueueIsEmptyAsync, "the second pump handled the rest", TimeSpan.FromSeconds(60));
        }

        Assert.InRange(handledByFirst, 1, sent.Count - 1);
        var effects = await AllEffectsAsync();
        Assert.Equal(sent.Count, effects.Count);
        Assert.All(sent, m => Assert.Equal(1, effects[EffectFunction.EffectId(m.Id)]));
        foreach (var tenant in Tenants)
        {
            Assert.Empty((await _store.Queue.ListDeadLettersAsync(tenant, 10, null)).Items);
        }
    }

    [Fact]
    public async Task RunAsync_WhenLeasingFailsForAWhile_KeepsRunningAndHandlesMessagesAfterwards()
    {
        await _store.Queue.SendAsync(Message("m-1"));
        var queue = new FailingLeaseQueue(_store.Queue, failures: 3);

        await using var pump = RunningPump.Start(_store, _clock, [_function], queue: queue);
        await Eventually.HoldsAsync(async () => pump.HasStopped || await QueueIsEmptyAsync(), "the message handled or the pump stopped");

        Assert.False(pump.HasStopped);
        Assert.Equal(1, await EffectAsync("m-1"));
    }
}
