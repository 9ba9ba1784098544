using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;
using LoFin.Storage.Embedded.Tests.Contract;
using LoFin.Testing;

namespace LoFin.Storage.Embedded.Tests.Sqlite;

/// <summary>
/// Peek-lock behaviour of the SQLite queue. Time is a <see cref="ManualClock"/>, so lease
/// expiry and back-off are moved past by hand, never waited for.
/// </summary>
public sealed class SqliteMessageQueueTests : IDisposable
{
    private static readonly TenantId TenantA = TenantId.Parse("11110");
    private static readonly TenantId TenantB = TenantId.Parse("26110");
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly ManualClock _clock = new();
    private readonly TempStore _store;

    public SqliteMessageQueueTests() => _store = new TempStore(_clock);

    private SqliteMessageQueue Queue => _store.Queue;

    public void Dispose() => _store.Dispose();

    private static OutboxMessage Message(string id, TenantId? tenant = null, string text = "payload", DateTimeOffset? notBefore = null) =>
        OutboxMessage.Create("test-queue", tenant ?? TenantA, new Note(text), id, correlationId: "corr-" + id, notBefore: notBefore);

    private async Task<QueueMessage> SendAndLeaseAsync(string id, TenantId? tenant = null)
    {
        await Queue.SendAsync(Message(id, tenant));
        return Assert.Single(await Queue.LeaseAsync(10, Lease));
    }

    [Fact]
    public async Task LeaseAsync_AfterSend_ReturnsTheMessageWithItsEnvelope()
    {
        await Queue.SendAsync(Message("m-1", text: "hello"));

        var leased = Assert.Single(await Queue.LeaseAsync(10, Lease));

        Assert.Equal("m-1", leased.MessageId);
        Assert.Equal("test-queue", leased.Queue);
        Assert.Equal(TenantA, leased.TenantId);
        Assert.Equal("hello", leased.Payload<Note>().Text);
        Assert.Equal("corr-m-1", leased.CorrelationId);
        Assert.Equal(_clock.GetUtcNow(), leased.EnqueuedAt);
        Assert.Equal(1, leased.DeliveryCount);
    }

    [Fact]
    public async Task CompleteAsync_AfterLease_RemovesTheMessageForGood()
    {
        var leased = await SendAndLeaseAsync("m-1");

        await Queue.CompleteAsync([leased]);
        _clock.Advance(Lease * 2);

        Assert.Empty(await Queue.LeaseAsync(10, Lease));
        Assert.Equal(new QueueStatistics(0, 0, 0, 0), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task LeaseAsync_WhileAnotherLeaseHolds_HidesTheMessageUntilThatLeaseRunsOut()
    {
        await SendAndLeaseAsync("m-1");

        var whileHeld = await Queue.LeaseAsync(10, Lease);
        _clock.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var justBeforeExpiry = await Queue.LeaseAsync(10, Lease);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var afterExpiry = await Queue.LeaseAsync(10, Lease);

        Assert.Empty(whileHeld);
        Assert.Empty(justBeforeExpiry);
        var redelivery = Assert.Single(afterExpiry);
        Assert.Equal("m-1", redelivery.MessageId);
        Assert.Equal(2, redelivery.DeliveryCount);
    }

    [Fact]
    public async Task LeaseAsync_WithMoreReadyThanAsked_ReturnsTheOldestUpToTheLimitAndEachOnlyOnce()
    {
        for (var i = 0; i < 10; i++)
        {
            await Queue.SendAsync(Message($"m-{i}"));
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var first = await Queue.LeaseAsync(4, Lease);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Queue.LeaseAsync(4, Lease)));

        Assert.Equal(["m-0", "m-1", "m-2", "m-3"], first.Select(m => m.MessageId).Order());
        var rest = concurrent.SelectMany(page => page).Select(m => m.MessageId).ToList();
        Assert.Equal(6, rest.Count);
        Assert.Equal(Enumerable.Range(4, 6).Select(i => $"m-{i}"), rest.Order());
    }

    [Fact]
    public async Task CompleteAsync_WithALeaseThatRanOutAndWasTakenAgain_KeepsTheNewDelivery()
    {
        var stale = await SendAndLeaseAsync("m-1");
        _clock.Advance(Lease);
        var current = Assert.Single(await Queue.LeaseAsync(10, Lease));

        await Queue.CompleteAsync([stale]);
        await Queue.RetryLaterAsync(stale, "stale retry", _clock.GetUtcNow());
        await Queue.DeadLetterAsync(stale, "stale dead letter");

        Assert.Equal(new QueueStatistics(0, 0, 1, 0), await Queue.GetStatisticsAsync());
        await Queue.CompleteAsync([current]);
        Assert.Equal(new QueueStatistics(0, 0, 0, 0), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task CompleteAsync_WithALeaseFromBeforeADeadLetterAndReplay_KeepsTheReplayedDelivery()
    {
        var stale = await SendAndLeaseAsync("m-1");
        _clock.Advance(Lease);
        var second = Assert.Single(await Queue.LeaseAsync(10, Lease));
        await Queue.DeadLetterAsync(second, "failed");
        await Queue.ReplayDeadLetterAsync(TenantA, "m-1");
        var replayed = Assert.Single(await Queue.LeaseAsync(10, Lease));

        // The first delivery's holder finally finishes: its lease is long gone.
        await Queue.CompleteAsync([stale]);

        Assert.Equal(1, replayed.DeliveryCount);
        Assert.Equal(new QueueStatistics(0, 0, 1, 0), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task CompleteAsync_WithALeaseOnAMessageWhoseIdWasSentAgainAfterCompletion_KeepsTheNewMessage()
    {
        var first = await SendAndLeaseAsync("m-1");
        _clock.Advance(Lease);
        var second = Assert.Single(await Queue.LeaseAsync(10, Lease));
        await Queue.CompleteAsync([second]);
        var again = await SendAndLeaseAsync("m-1");

        await Queue.CompleteAsync([first]);

        Assert.Equal(1, again.DeliveryCount);
        Assert.Equal(new QueueStatistics(0, 0, 1, 0), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task RetryLaterAsync_HidesTheMessageUntilTheGivenTime()
    {
        var leased = await SendAndLeaseAsync("m-1");

        await Queue.RetryLaterAsync(leased, "busy", _clock.GetUtcNow().AddSeconds(10));
        var beforeDue = await Queue.LeaseAsync(10, Lease);
        var statistics = await Queue.GetStatisticsAsync();
        _clock.Advance(TimeSpan.FromSeconds(10));
        var retried = Assert.Single(await Queue.LeaseAsync(10, Lease));

        Assert.Empty(beforeDue);
        Assert.Equal(new QueueStatistics(0, 1, 0, 0), statistics);
        Assert.Equal(2, retried.DeliveryCount);
    }

    [Fact]
    public async Task SendAsync_WithANotBeforeTime_IsNotLeasedBeforeIt()
    {
        var due = _clock.GetUtcNow().AddMinutes(5);
        await Queue.SendAsync(Message("later", notBefore: due));
        await Queue.SendAsync(Message("now"));

        var early = await Queue.LeaseAsync(10, TimeSpan.FromHours(1));
        _clock.Set(due - TimeSpan.FromMilliseconds(1));
        var justBefore = await Queue.LeaseAsync(10, Lease);
        _clock.Set(due);
        var onTime = await Queue.LeaseAsync(10, Lease);

        Assert.Equal(["now"], early.Select(m => m.MessageId));
        Assert.Empty(justBefore);
        Assert.Equal(["later"], onTime.Select(m => m.MessageId));
    }

    [Fact]
    public async Task SendAsync_TheSameMessageIdTwice_KeepsTheFirstOnce()
    {
        await Queue.SendAsync(Message("m-1", text: "first"));
        await Queue.SendAsync(Message("m-1", text: "second"));
        await _store.Documents.ExecuteBatchAsync(new Application.Documents.TransactionalBatch(TenantA).Enqueue(Message("m-1", text: "third")));

        var leased = Assert.Single(await Queue.LeaseAsync(10, Lease));

        Assert.Equal("first", leased.Payload<Note>().Text);
    }

    [Fact]
    public async Task SendAsync_WithoutATenant_IsRefused()
    {
        var message = new OutboxMessage("m-1", "test-queue", default, "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => Queue.SendAsync(message));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task LeaseAsync_WithACountOutOfRange_IsRefused(int maxMessages)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Queue.LeaseAsync(maxMessages, Lease));
    }

    [Fact]
    public async Task DeadLetterAsync_MovesTheMessageToItsTenantsDeadLetterListWithTheError()
    {
        var leased = await SendAndLeaseAsync("m-1");
        _clock.Advance(TimeSpan.FromSeconds(3));

        await Queue.DeadLetterAsync(leased, "InvalidOperationException: the bank refused");
        _clock.Advance(Lease * 10);

        Assert.Empty(await Queue.LeaseAsync(10, Lease));
        var dead = Assert.Single((await Queue.ListDeadLettersAsync(TenantA, 10, null)).Items);
        Assert.Equal("m-1", dead.MessageId);
        Assert.Equal("test-queue", dead.Queue);
        Assert.Equal(TenantA, dead.TenantId);
        Assert.Equal("payload", Application.Documents.DocumentJson.Deserialize<Note>(dead.BodyJson).Text);
        Assert.Equal(1, dead.Attempts);
        Assert.Equal("InvalidOperationException: the bank refused", dead.LastError);
        Assert.Equal(leased.EnqueuedAt, dead.EnqueuedAt);
        Assert.Equal(leased.EnqueuedAt.AddSeconds(3), dead.DeadLetteredAt);
        Assert.Equal(new QueueStatistics(0, 0, 0, 1), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task ListDeadLettersAsync_ForOneTenant_NeverShowsAnotherTenantsDeadLetters()
    {
        await Queue.DeadLetterAsync(await SendAndLeaseAsync("a-1", TenantA), "failed in A");
        await Queue.DeadLetterAsync(await SendAndLeaseAsync("b-1", TenantB), "failed in B");

        var inA = await Queue.ListDeadLettersAsync(TenantA, 10, null);
        var inB = await Queue.ListDeadLettersAsync(TenantB, 10, null);
        var replayOfAFromB = await Queue.ReplayDeadLetterAsync(TenantB, "a-1");

        Assert.Equal(["a-1"], inA.Items.Select(d => d.MessageId));
        Assert.Equal(["b-1"], inB.Items.Select(d => d.MessageId));
        Assert.False(replayOfAFromB);
        Assert.Equal(["a-1"], (await Queue.ListDeadLettersAsync(TenantA, 10, null)).Items.Select(d => d.MessageId));
    }

    [Fact]
    public async Task ListDeadLettersAsync_PageByPage_ReturnsEachDeadLetterOnceInOrder()
    {
        for (var i = 0; i < 25; i++)
        {
            await Queue.SendAsync(Message($"a-{i:D2}", TenantA));
            await Queue.SendAsync(Message($"b-{i:D2}", TenantB));
        }
        foreach (var message in await Queue.LeaseAsync(1000, Lease))
        {
            await Queue.DeadLetterAsync(message, "failed");
        }

        var ids = new List<string>();
        var pages = 0;
        string? continuation = null;
        do
        {
            var page = await Queue.ListDeadLettersAsync(TenantA, 10, continuation);
            Assert.True(page.Items.Count <= 10);
            ids.AddRange(page.Items.Select(d => d.MessageId));
            continuation = page.ContinuationToken;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"a-{i:D2}"), ids);
    }

    [Fact]
    public async Task ListDeadLettersAsync_WithABadTokenOrNoTenant_IsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Queue.ListDeadLettersAsync(TenantA, 10, "not-a-token"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Queue.ListDeadLettersAsync(default, 10, null));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Queue.ListDeadLettersAsync(TenantA, 0, null));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Queue.ReplayDeadLetterAsync(default, "m-1"));
    }

    [Fact]
    public async Task ReplayDeadLetterAsync_PutsItBackWithAFreshAttemptCountOnlyOnce()
    {
        var leased = await SendAndLeaseAsync("m-1");
        _clock.Advance(Lease);
        leased = Assert.Single(await Queue.LeaseAsync(10, Lease));
        await Queue.DeadLetterAsync(leased, "failed");

        var replayed = await Queue.ReplayDeadLetterAsync(TenantA, "m-1");
        var replayedAgain = await Queue.ReplayDeadLetterAsync(TenantA, "m-1");
        var delivery = Assert.Single(await Queue.LeaseAsync(10, Lease));

        Assert.True(replayed);
        Assert.False(replayedAgain);
        Assert.Equal("m-1", delivery.MessageId);
        Assert.Equal(1, delivery.DeliveryCount);
        Assert.Empty((await Queue.ListDeadLettersAsync(TenantA, 10, null)).Items);
    }

    [Fact]
    public async Task ReplayDeadLetterAsync_OfAMessageThatIsNotDead_ReturnsFalse()
    {
        await Queue.SendAsync(Message("alive"));

        Assert.False(await Queue.ReplayDeadLetterAsync(TenantA, "alive"));
        Assert.False(await Queue.ReplayDeadLetterAsync(TenantA, "never-sent"));
    }

    [Fact]
    public async Task GetStatisticsAsync_CountsReadyScheduledInFlightAndDeadSeparately()
    {
        await Queue.SendAsync(Message("in-flight"));
        await Queue.LeaseAsync(10, Lease);
        await Queue.SendAsync(Message("ready-1"));
        await Queue.SendAsync(Message("ready-2"));
        await Queue.SendAsync(Message("scheduled", notBefore: _clock.GetUtcNow().AddHours(1)));
        await Queue.SendAsync(Message("dead"));
        var toKill = await Queue.LeaseAsync(10, Lease);
        await Queue.DeadLetterAsync(toKill.Single(m => m.MessageId == "dead"), "failed");
        await Queue.RetryLaterAsync(toKill.Single(m => m.MessageId == "ready-1"), "again", _clock.GetUtcNow());
        await Queue.RetryLaterAsync(toKill.Single(m => m.MessageId == "ready-2"), "again", _clock.GetUtcNow());

        Assert.Equal(new QueueStatistics(Ready: 2, Scheduled: 1, InFlight: 1, DeadLettered: 1), await Queue.GetStatisticsAsync());
        _clock.Advance(Lease);
        Assert.Equal(new QueueStatistics(Ready: 3, Scheduled: 1, InFlight: 0, DeadLettered: 1), await Queue.GetStatisticsAsync());
    }

    [Fact]
    public async Task Reopen_KeepsEveryMessageInItsState()
    {
        await Queue.SendAsync(Message("will-die"));
        await Queue.DeadLetterAsync(Assert.Single(await Queue.LeaseAsync(1, Lease)), "failed");
        await Queue.SendAsync(Message("ready-1"));
        await Queue.SendAsync(Message("scheduled", notBefore: _clock.GetUtcNow().AddHours(1)));
        await Queue.SendAsync(Message("ready-2"));

        _store.Reopen();

        var statistics = await Queue.GetStatisticsAsync();
        var ready = await Queue.LeaseAsync(10, Lease);
        Assert.Equal(new QueueStatistics(Ready: 2, Scheduled: 1, InFlight: 0, DeadLettered: 1), statistics);
        Assert.Equal(["ready-1", "ready-2"], ready.Select(m => m.MessageId).Order());
        Assert.Equal(["will-die"], (await Queue.ListDeadLettersAsync(TenantA, 10, null)).Items.Select(d => d.MessageId));
    }

    [Fact]
    public async Task ReleaseOrphanedLeasesAsync_AfterARestart_MakesLeasedMessagesVisibleAtOnce()
    {
        await Queue.SendAsync(Message("m-1"));
        await Queue.SendAsync(Message("m-2"));
        await Queue.SendAsync(Message("not-leased", notBefore: _clock.GetUtcNow().AddHours(1)));
        var leased = await Queue.LeaseAsync(10, TimeSpan.FromMinutes(5));
        _store.Reopen();

        var beforeRelease = await Queue.LeaseAsync(10, Lease);
        var released = await Queue.ReleaseOrphanedLeasesAsync();
        var afterRelease = await Queue.LeaseAsync(10, Lease);

        Assert.Equal(2, leased.Count);
        Assert.Empty(beforeRelease);
        Assert.Equal(2, released);
        Assert.Equal(["m-1", "m-2"], afterRelease.Select(m => m.MessageId).Order());
        Assert.All(afterRelease, m => Assert.Equal(2, m.DeliveryCount));
        // The holder from before the restart cannot complete the new deliveries.
        await Queue.CompleteAsync(leased);
        Assert.Equal(new QueueStatistics(0, 1, 2, 0), await Queue.GetStatisticsAsync());
    }
}
