using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Testing;
using Xunit;
using static LoFin.Application.Tests.Audit.AuditTestData;

namespace LoFin.Application.Tests.Audit;

/// <summary>Tampering is done through the store directly, as someone with database access would.</summary>
public sealed class AuditVerifierTests : IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TempStore _store = new(synchronousFull: false);
    private readonly AuditVerifier _verifier;

    public AuditVerifierTests() => _verifier = new AuditVerifier(_store.Documents);

    public void Dispose() => _store.Dispose();

    private IDocumentStore Documents => _store.Documents;

    private async Task AppendAsync(TenantId tenant, int count)
    {
        var log = new AuditLog(Documents, _clock);
        for (var n = 1; n <= count; n++)
        {
            await log.AppendAsync(Entry(tenant, n));
            _clock.Advance(TimeSpan.FromMilliseconds(1500));
        }
    }

    private async Task<AuditRecord> ReadAsync(long sequence) =>
        (await Documents.ReadAsync<AuditRecord>(Seoul, AuditRecord.DocumentIdFor(sequence)))!.Body;

    [Fact]
    public async Task VerifyAsync_WhenChainIntact_ReportsCountAndHeadHash()
    {
        await AppendAsync(Seoul, 10);

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.True(result.IsIntact, result.Break?.Problem);
        Assert.Equal(10, result.RecordsVerified);
        Assert.Equal((await ReadAsync(10)).Hash, result.HeadHash);
    }

    [Fact]
    public async Task VerifyAsync_WhenChainSpansSeveralPages_WalksThemAll()
    {
        await AppendAsync(Seoul, DocumentLimits.MaxPageSize + 5);

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.True(result.IsIntact, result.Break?.Problem);
        Assert.Equal(DocumentLimits.MaxPageSize + 5, result.RecordsVerified);
    }

    [Fact]
    public async Task VerifyAsync_WhenTenantHasNoAuditLog_IsIntactAndEmpty()
    {
        var result = await _verifier.VerifyAsync(Jongno);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.RecordsVerified);
        Assert.Null(result.HeadHash);
    }

    [Fact]
    public async Task VerifyAsync_WhenAStoredActorIsRewritten_NamesThatRecordWithHashMismatch()
    {
        await AppendAsync(Seoul, 6);
        var original = await ReadAsync(4);
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(4), original with { Actor = "someone-else" });

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.RecordsVerified);
        Assert.Equal(4, result.Break!.Sequence);
        Assert.Equal("audit:000000000004", result.Break.DocumentId);
        Assert.StartsWith($"hash mismatch: stored {original.Hash}, computed ", result.Break.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WhenARecordInTheMiddleIsDeleted_NamesTheGap()
    {
        await AppendAsync(Seoul, 8);
        await Documents.DeleteAsync(Seoul, AuditRecord.DocumentIdFor(5));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(new AuditChainBreak(6, "audit:000000000006", "gap: expected 5, found 6"), result.Break);
        Assert.Equal(4, result.RecordsVerified);
    }

    [Fact]
    public async Task VerifyAsync_WhenTheFirstRecordIsDeleted_NamesTheGapAtTheStart()
    {
        await AppendAsync(Seoul, 3);
        await Documents.DeleteAsync(Seoul, AuditRecord.DocumentIdFor(1));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal("gap: expected 1, found 2", result.Break?.Problem);
    }

    [Fact]
    public async Task VerifyAsync_WhenTwoRecordsBodiesAreSwapped_NamesTheFirstOfThem()
    {
        await AppendAsync(Seoul, 6);
        var third = await ReadAsync(3);
        var fourth = await ReadAsync(4);
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(3), fourth);
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(4), third);

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal("audit:000000000003", result.Break?.DocumentId);
        Assert.Equal("document audit:000000000003 holds sequence 4", result.Break?.Problem);
    }

    [Fact]
    public async Task VerifyAsync_WhenSwappedRecordsAlsoSwapSequences_CatchesTheBrokenLink()
    {
        await AppendAsync(Seoul, 6);
        var third = await ReadAsync(3);
        var fourth = await ReadAsync(4);
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(3), fourth with { Sequence = 3 });
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(4), third with { Sequence = 4 });

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(3, result.Break?.Sequence);
        Assert.Equal("previousHash does not match record 2", result.Break?.Problem);
    }

    [Fact]
    public async Task VerifyAsync_WhenTamperedRecordIsReHashed_NextRecordsPreviousHashCatchesIt()
    {
        await AppendAsync(Seoul, 6);
        var tampered = (await ReadAsync(4)) with { Outcome = "403" };
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(4), tampered with { Hash = AuditHash.Compute(tampered) });

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(new AuditChainBreak(5, "audit:000000000005", "previousHash does not match record 4"), result.Break);
        Assert.Equal(4, result.RecordsVerified);
    }

    [Fact]
    public async Task VerifyAsync_WhenTheTailIsDeletedButNotTheHead_NamesTheHeadMismatch()
    {
        await AppendAsync(Seoul, 10);
        await Documents.DeleteAsync(Seoul, AuditRecord.DocumentIdFor(10));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(new AuditChainBreak(10, AuditChainHead.DocumentId, "head says 10 but chain ends at 9"), result.Break);
        Assert.Equal(9, result.RecordsVerified);
    }

    [Fact]
    public async Task VerifyAsync_WhenTheHeadIsDeleted_ReportsItMissing()
    {
        await AppendAsync(Seoul, 3);
        await Documents.DeleteAsync(Seoul, AuditChainHead.DocumentId);

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal("head is missing but the chain ends at 3", result.Break?.Problem);
    }

    [Fact]
    public async Task VerifyAsync_WhenTheHeadHashIsRewritten_NamesTheHead()
    {
        await AppendAsync(Seoul, 3);
        await Documents.UpsertAsync(Seoul, AuditChainHead.DocumentId, new AuditChainHead(Seoul, 3, new string('0', AuditHash.HexLength)));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(AuditChainHead.DocumentId, result.Break?.DocumentId);
        Assert.StartsWith("head hash 0000", result.Break?.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WhenAnotherTenantsChainIsCopiedIn_CatchesItAtTheFirstRecord()
    {
        await AppendAsync(Jongno, 2);
        foreach (var sequence in new long[] { 1, 2 })
        {
            var record = (await Documents.ReadAsync<AuditRecord>(Jongno, AuditRecord.DocumentIdFor(sequence)))!.Body;
            await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(sequence), record with { Tenant = Seoul });
        }

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(new AuditChainBreak(1, "audit:000000000001", "previousHash is not the tenant's genesis hash"), result.Break);
    }

    [Fact]
    public async Task VerifyAsync_WhenARecordIsReplacedByAnotherShape_ReportsItUnreadable()
    {
        await AppendAsync(Seoul, 3);
        await Documents.UpsertAsync(Seoul, AuditRecord.DocumentIdFor(2), new ForgedAuditBody("not a record"));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.False(result.IsIntact);
        Assert.StartsWith("a record at or after sequence 1 cannot be read", result.Break?.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WhenOneTenantIsTampered_OtherTenantStaysIntact()
    {
        await AppendAsync(Seoul, 3);
        await AppendAsync(Jongno, 3);
        await Documents.DeleteAsync(Seoul, AuditRecord.DocumentIdFor(2));

        Assert.False((await _verifier.VerifyAsync(Seoul)).IsIntact);
        Assert.True((await _verifier.VerifyAsync(Jongno)).IsIntact);
    }

    [Fact]
    public async Task VerifyAsync_WhenAppendsCommitDuringTheWalk_StillFindsTheChainIntact()
    {
        await AppendAsync(Seoul, 1);
        var log = new AuditLog(Documents, _clock);
        var appending = Task.WhenAll(Enumerable.Range(2, 400).Select(n => Task.Run(() => log.AppendAsync(Entry(Seoul, n)))));

        var verifications = new List<AuditChainVerification>();
        while (!appending.IsCompleted)
        {
            verifications.Add(await _verifier.VerifyAsync(Seoul));
        }
        await appending;
        verifications.Add(await _verifier.VerifyAsync(Seoul));

        Assert.All(verifications, v => Assert.True(v.IsIntact, v.Break?.Problem));
        Assert.Equal(401, verifications[^1].RecordsVerified);
    }

    [Fact]
    public async Task VerifyAsync_WhenTheHeadIsReplacedByAnotherDocumentType_ReportsItUnreadable()
    {
        await AppendAsync(Seoul, 2);
        await Documents.UpsertAsync(Seoul, AuditChainHead.DocumentId, new ForgedAuditBody("not a head"));

        var result = await _verifier.VerifyAsync(Seoul);

        Assert.Equal(AuditChainHead.DocumentId, result.Break?.DocumentId);
        Assert.StartsWith("head cannot be read", result.Break?.Problem, StringComparison.Ordinal);
    }

    private sealed record ForgedAuditBody(string Note) : IDocumentBody
    {
        public static string DocumentType => AuditRecord.DocumentType;
    }
}
