using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Tests.Contract;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Storage.Embedded.Tests.Messaging;

public sealed class QueueFunctionInvokerTests : IDisposable
{
    private static readonly TenantId Tenant = TenantId.Parse("11110");

    private readonly ManualClock _clock = new();
    private readonly TempStore _store;
    private readonly QueueFunctionInvoker _invoker;

    public QueueFunctionInvokerTests()
    {
        _store = new TempStore(_clock);
        _invoker = new QueueFunctionInvoker(_store.Documents, _clock, NullLogger<QueueFunctionInvoker>.Instance);
    }

    public void Dispose() => _store.Dispose();

    private async Task<IReadOnlyList<QueueMessage>> DeliverTwiceAsync(string messageId)
    {
        await _store.Queue.SendAsync(OutboxMessage.Create(EffectFunction.DefaultQueue, Tenant, new Note(messageId), messageId));
        var first = Assert.Single(await _store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await _store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
        return [first, second];
    }

    [Fact]
    public async Task InvokeAsync_ForAMessageAlreadyHandled_SkipsTheHandler()
    {
        var function = new EffectFunction(() => _store.Documents, _clock);
        var deliveries = await DeliverTwiceAsync("m-1");

        var first = await _invoker.InvokeAsync(function, deliveries[0], CancellationToken.None);
        var second = await _invoker.InvokeAsync(function, deliveries[1], CancellationToken.None);

        Assert.Equal(InvocationOutcome.Handled, first);
        Assert.Equal(InvocationOutcome.Duplicate, second);
        Assert.Equal(1, function.Calls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InvokeAsync_WhenTwoDeliveriesRaceAndOneCommitsFirst_ReportsTheOtherAsDuplicate(bool effectExistsAlready)
    {
        if (effectExistsAlready)
        {
            // Both deliveries read the same etag: the loser's batch fails on its replace (412), before its inbox mark.
            await _store.Documents.CreateAsync(Tenant, EffectFunction.EffectId("m-1"), new Counter(0));
        }
        var arrived = 0;
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new EffectFunction(() => _store.Documents, _clock)
        {
            BeforeCommit = _ =>
            {
                if (Interlocked.Increment(ref arrived) == 2)
                {
                    bothArrived.SetResult();
                }
                return bothArrived.Task;
            },
        };
        var deliveries = await DeliverTwiceAsync("m-1");

        var outcomes = await Task.WhenAll(deliveries.Select(d => Task.Run(() => _invoker.InvokeAsync(function, d, CancellationToken.None))))
            .WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal([InvocationOutcome.Handled, InvocationOutcome.Duplicate], outcomes.Order());
        Assert.Equal(1, (await _store.Documents.ReadAsync<Counter>(Tenant, EffectFunction.EffectId("m-1")))!.Body.Value);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheHandlerDoesNotMarkItself_MarksTheMessageHandledAfterwards()
    {
        var function = new SendOnlyFunction();
        var deliveries = await DeliverTwiceAsync("m-1");

        var first = await _invoker.InvokeAsync(function, deliveries[0], CancellationToken.None);
        var second = await _invoker.InvokeAsync(function, deliveries[1], CancellationToken.None);

        Assert.Equal(InvocationOutcome.Handled, first);
        Assert.Equal(InvocationOutcome.Duplicate, second);
        Assert.Equal(1, function.Calls);
        var inbox = await _store.Documents.ReadAsync<InboxEntry>(Tenant, InboxEntry.DocumentId(function.Name, "m-1"));
        Assert.Equal(_clock.GetUtcNow(), inbox!.Body.HandledAt);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheHandlerThrows_DoesNotMarkTheMessageHandled()
    {
        var function = new EffectFunction(() => _store.Documents, _clock) { FailuresBeforeSuccess = 1 };
        var deliveries = await DeliverTwiceAsync("m-1");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _invoker.InvokeAsync(function, deliveries[0], CancellationToken.None));
        var retried = await _invoker.InvokeAsync(function, deliveries[1], CancellationToken.None);

        Assert.Equal(InvocationOutcome.Handled, retried);
        Assert.Equal(2, function.Calls);
    }

    /// <summary>A function with no document writes of its own: the invoker records the inbox mark for it.</summary>
    private sealed class SendOnlyFunction : IQueueFunction
    {
        private int _calls;

        public string Name => "SendOnly";

        public string Queue => EffectFunction.DefaultQueue;

        public int Calls => _calls;

        public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.CompletedTask;
        }
    }
}
