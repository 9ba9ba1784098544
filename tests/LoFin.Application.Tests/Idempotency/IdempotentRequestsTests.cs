using LoFin.Application.Idempotency;
using LoFin.Domain.Tenancy;
using LoFin.Testing;
using Xunit;

namespace LoFin.Application.Tests.Idempotency;

public sealed class IdempotentRequestsTests : IDisposable
{
    private static readonly TenantId Suwon = TenantId.Parse("41110");
    private static readonly IdempotentResponse Answer = new(201, "application/json", "/api/tenants/41110/commitments/cmt-1", "{\"commitmentId\":\"cmt-1\"}");
    private readonly ManualClock _clock = new();
    private readonly TempStore _temp;
    private readonly IdempotentRequests _requests;

    public IdempotentRequestsTests()
    {
        _temp = new TempStore(_clock);
        _requests = new IdempotentRequests(_temp.Documents, _clock);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Begin_WhenTheKeyIsNew_StartsAndACompletedRetryReplaysTheStoredResponse()
    {
        var first = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);
        await _requests.CompleteAsync(Suwon, "suwon.clerk", "k1", "F1", first.ETag!, Answer, CancellationToken.None);

        var retry = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);

        Assert.Equal(IdempotencyBeginOutcome.Started, first.Outcome);
        Assert.Equal(IdempotencyBeginOutcome.Replay, retry.Outcome);
        Assert.Equal(Answer, retry.Response);
    }

    [Fact]
    public async Task Begin_WhenTheKeyCameWithAnotherRequest_IsKeyReused()
    {
        var first = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);
        await _requests.CompleteAsync(Suwon, "suwon.clerk", "k1", "F1", first.ETag!, Answer, CancellationToken.None);

        var other = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F2", CancellationToken.None);

        Assert.Equal(IdempotencyBeginOutcome.KeyReused, other.Outcome);
    }

    [Fact]
    public async Task Begin_WhenAnotherUserUsesTheSameKey_StartsTheirOwn()
    {
        await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);

        var other = await _requests.BeginAsync(Suwon, "suwon.budget", "k1", "F1", CancellationToken.None);

        Assert.Equal(IdempotencyBeginOutcome.Started, other.Outcome);
    }

    [Fact]
    public async Task Begin_WhenTheFirstIsStillRunning_IsInProgressUntilItIsAbandoned()
    {
        var first = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);

        var racing = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);
        _clock.Advance(IdempotentRequests.AbandonedAfter + TimeSpan.FromSeconds(1));
        var takeOver = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);
        var lateFirst = await Record.ExceptionAsync(() => _requests.CompleteAsync(Suwon, "suwon.clerk", "k1", "F1", first.ETag!, Answer, CancellationToken.None));

        Assert.Equal(IdempotencyBeginOutcome.InProgress, racing.Outcome);
        Assert.Equal(IdempotencyBeginOutcome.Started, takeOver.Outcome);
        Assert.IsType<Documents.DocumentPreconditionFailedException>(lateFirst);
    }

    [Fact]
    public async Task Abandon_WhenTheRequestFailed_LetsTheRetryRunAgain()
    {
        var first = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);
        await _requests.AbandonAsync(Suwon, "suwon.clerk", "k1", first.ETag!, CancellationToken.None);

        var retry = await _requests.BeginAsync(Suwon, "suwon.clerk", "k1", "F1", CancellationToken.None);

        Assert.Equal(IdempotencyBeginOutcome.Started, retry.Outcome);
    }
}
