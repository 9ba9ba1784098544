using System.Diagnostics;
using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Testing;
using Xunit;
using Xunit.Abstractions;
using static LoFin.Application.Tests.Audit.AuditTestData;

namespace LoFin.Application.Tests.Audit;

public sealed class AuditLogTests(ITestOutputHelper output) : IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TempStore _store = new(synchronousFull: false);

    public void Dispose() => _store.Dispose();

    private AuditLog NewLog() => new(_store.Documents, _clock);

    private async Task<IReadOnlyList<AuditRecord>> ReadChainAsync(LoFin.Domain.Tenancy.TenantId tenant)
    {
        var page = await _store.Documents.QueryAsync<AuditRecord>(tenant, new DocumentQuery { PageSize = 1000 });
        Assert.Null(page.ContinuationToken);
        return page.Items.Select(d => d.Body).ToList();
    }

    [Fact]
    public async Task AppendAsync_WhenFirstRecord_StartsFromTenantGenesisAndStoresMinimisedFields()
    {
        var record = await NewLog().AppendAsync(Entry(Seoul) with { ActorRoles = ["지출원", "budget-officer", "지출원"] });

        Assert.Equal(1, record.Sequence);
        Assert.Equal(AuditHash.Genesis(Seoul), record.PreviousHash);
        Assert.Equal(AuditHash.Compute(record), record.Hash);
        Assert.Equal("203.0.113.0/24", record.ClientNetwork);
        Assert.Equal(["budget-officer", "지출원"], record.ActorRoles);
        Assert.Equal(_clock.GetUtcNow(), record.OccurredAt);
        var stored = await _store.Documents.ReadAsync<AuditRecord>(Seoul, "audit:000000000001");
        Assert.NotNull(stored);
        Assert.Equal(record.Hash, stored.Body.Hash);
        var head = await _store.Documents.ReadAsync<AuditChainHead>(Seoul, AuditChainHead.DocumentId);
        Assert.Equal(new AuditChainHead(Seoul, 1, record.Hash), head?.Body);
    }

    [Fact]
    public async Task AppendAsync_WhenAppendedInTurn_BuildsContiguousLinkedChain()
    {
        var log = NewLog();
        for (var n = 1; n <= 5; n++)
        {
            await log.AppendAsync(Entry(Seoul, n));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var chain = await ReadChainAsync(Seoul);
        Assert.Equal([1L, 2, 3, 4, 5], chain.Select(r => r.Sequence));
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }
    }

    [Fact]
    public async Task AppendAsync_When200ConcurrentAppendsToOneTenant_ProducesSequences1To200WithoutGapsOrForks()
    {
        var log = NewLog();

        var records = await Task.WhenAll(Enumerable.Range(1, 200).Select(n => Task.Run(() => log.AppendAsync(Entry(Seoul, n)))));

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), records.Select(r => r.Sequence).Order());
        var chain = await ReadChainAsync(Seoul);
        Assert.Equal(200, chain.Count);
        Assert.Equal(200, chain.Select(r => r.PreviousHash).Distinct().Count());
        var verification = await new AuditVerifier(_store.Documents).VerifyAsync(Seoul);
        Assert.True(verification.IsIntact, verification.Break?.Problem);
        Assert.Equal(200, verification.RecordsVerified);
    }

    [Fact]
    public async Task AppendAsync_WhenTwoProcessesAppendToOneTenant_EtagKeepsOneChain()
    {
        // Two logs on one store stand for two processes: each has its own gate and cached head.
        var first = NewLog();
        var second = NewLog();

        var appends = Enumerable.Range(1, 60).Select(n => Task.Run(() => (n % 2 == 0 ? first : second).AppendAsync(Entry(Seoul, n))));
        await Task.WhenAll(appends);

        var verification = await new AuditVerifier(_store.Documents).VerifyAsync(Seoul);
        Assert.True(verification.IsIntact, verification.Break?.Problem);
        Assert.Equal(60, verification.RecordsVerified);
    }

    [Fact]
    public async Task AppendAsync_WhenAnotherProcessAppendedSinceThisOneWrote_ReloadsHeadAndContinues()
    {
        var first = NewLog();
        var second = NewLog();
        await first.AppendAsync(Entry(Seoul, 1));
        await second.AppendAsync(Entry(Seoul, 2));

        var record = await first.AppendAsync(Entry(Seoul, 3));

        Assert.Equal(3, record.Sequence);
        Assert.True((await new AuditVerifier(_store.Documents).VerifyAsync(Seoul)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_WhenTwoTenants_KeepsIndependentChains()
    {
        var log = NewLog();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => log.AppendAsync(Entry(n % 2 == 0 ? Seoul : Jongno, n))));

        var seoul = await ReadChainAsync(Seoul);
        var jongno = await ReadChainAsync(Jongno);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => (long)n), seoul.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => (long)n), jongno.Select(r => r.Sequence));
        Assert.All(seoul, r => Assert.Equal(Seoul, r.Tenant));
        Assert.Equal(AuditHash.Genesis(Jongno), jongno[0].PreviousHash);
        Assert.NotEqual(seoul[0].PreviousHash, jongno[0].PreviousHash);
    }

    [Fact]
    public async Task CommitAsync_WhenStateChangeSucceeds_CommitsStateAndRecordTogether()
    {
        var log = NewLog();

        var commit = await log.CommitAsync(Entry(Seoul), (batch, _) =>
        {
            batch.Create("commitment:c-1", new Commitment(50_000));
            return ValueTask.CompletedTask;
        });

        Assert.Equal(1, commit.Record.Sequence);
        Assert.Equal(3, commit.Result.ETags.Count);
        var stored = await _store.Documents.ReadAsync<Commitment>(Seoul, "commitment:c-1");
        Assert.Equal(commit.Result.ETags[0], stored?.ETag);
    }

    [Fact]
    public async Task CommitAsync_WhenStateChangeConflicts_NeitherStateNorRecordCommits()
    {
        var log = NewLog();
        await log.AppendAsync(Entry(Seoul, 1));
        await _store.Documents.CreateAsync(Seoul, "commitment:c-1", new Commitment(10_000));

        var failure = await Assert.ThrowsAsync<TransactionalBatchFailedException>(() => log.CommitAsync(Entry(Seoul, 2), (batch, _) =>
        {
            batch.Create("commitment:c-1", new Commitment(50_000));
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(0, failure.FailedOperationIndex);
        Assert.Single(await ReadChainAsync(Seoul));
        Assert.Equal(2, (await log.AppendAsync(Entry(Seoul, 3))).Sequence);
    }

    [Fact]
    public async Task CommitAsync_WhenAnotherProcessExtendedTheChain_RebuildsTheBatchAndCommitsOnce()
    {
        var first = NewLog();
        var second = NewLog();
        await first.AppendAsync(Entry(Seoul, 1));
        await second.AppendAsync(Entry(Seoul, 2));
        var builds = 0;

        var commit = await first.CommitAsync(Entry(Seoul, 3), (batch, _) =>
        {
            builds++;
            batch.Create("commitment:c-1", new Commitment(50_000));
            return ValueTask.CompletedTask;
        });

        Assert.Equal(2, builds);
        Assert.Equal(3, commit.Record.Sequence);
        Assert.NotNull(await _store.Documents.ReadAsync<Commitment>(Seoul, "commitment:c-1"));
    }

    [Fact]
    public async Task AppendAsync_WhenHeadWasDeletedButRecordsRemain_FailsLoudlyInsteadOfForking()
    {
        await NewLog().AppendAsync(Entry(Seoul, 1));
        await _store.Documents.DeleteAsync(Seoul, AuditChainHead.DocumentId);

        var failure = await Assert.ThrowsAsync<AuditAppendFailedException>(() => NewLog().AppendAsync(Entry(Seoul, 2)));

        Assert.Equal(AuditLog.MaxAttempts, failure.Attempts);
        Assert.Contains("verify-audit", failure.Message, StringComparison.Ordinal);
        Assert.Single(await ReadChainAsync(Seoul));
    }

    [Theory]
    [InlineData("", "/api/x", "201")]
    [InlineData("user-1", "/api/tenants/11000/recipients?name=홍길동", "201")]
    [InlineData("user-1", "/api/x", " ")]
    [InlineData("user\n1", "/api/x", "201")]
    public async Task AppendAsync_WhenEntryCannotBeStored_RefusesWithFieldNamed(string actor, string target, string outcome)
    {
        var entry = Entry(Seoul) with { Actor = actor, Target = target, Outcome = outcome };

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => NewLog().AppendAsync(entry));

        Assert.NotNull(failure.ParamName);
        Assert.Empty(await ReadChainAsync(Seoul));
    }

    [Fact]
    public async Task AppendAsync_WhenTextHasALoneSurrogate_Refuses()
    {
        // Built at run time: a lone surrogate in an attribute would be replaced when compiled.
        var actor = "user-" + (char)0xD800;

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => NewLog().AppendAsync(Entry(Seoul) with { Actor = actor }));

        Assert.Equal(nameof(AuditEntry.Actor), failure.ParamName);
    }

    [Fact]
    public async Task AppendAsync_WhenRunInALoop_ReportsAppendsPerSecond()
    {
        // A figure for the report, not a limit: the machine is shared, so nothing here asserts a time.
        var log = NewLog();
        const int sequentialCount = 1000;
        var sequential = Stopwatch.StartNew();
        for (var n = 1; n <= sequentialCount; n++)
        {
            await log.AppendAsync(Entry(Seoul, n));
        }
        sequential.Stop();
        const int concurrentCount = 1000;
        var concurrent = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, concurrentCount).Select(n => log.AppendAsync(Entry(Seoul, n))));
        concurrent.Stop();
        var verifying = Stopwatch.StartNew();
        var verification = await new AuditVerifier(_store.Documents).VerifyAsync(Seoul);
        verifying.Stop();

        output.WriteLine($"{sequentialCount} sequential appends to one tenant: {sequentialCount / sequential.Elapsed.TotalSeconds:F0} appends/s");
        output.WriteLine($"{concurrentCount} concurrent appends to one tenant: {concurrentCount / concurrent.Elapsed.TotalSeconds:F0} appends/s");
        output.WriteLine($"verified {verification.RecordsVerified} records: {verification.RecordsVerified / verifying.Elapsed.TotalSeconds:F0} records/s");
        Assert.Equal(sequentialCount + concurrentCount, verification.RecordsVerified);
    }

    private sealed record Commitment(long AmountWon) : IDocumentBody
    {
        public static string DocumentType => "commitment";
    }
}
