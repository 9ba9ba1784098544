using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Testing;
using Xunit;
using static LoFin.Application.Tests.Audit.AuditTestData;

namespace LoFin.Application.Tests.Audit;

public sealed class VerifyAuditCommandTests : IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TempStore _store = new(synchronousFull: false);

    public void Dispose() => _store.Dispose();

    private async Task<string> RunAsync(IEnumerable<TenantId> tenants, int expectedExitCode)
    {
        using var output = new StringWriter();
        var exitCode = await new VerifyAuditCommand(new AuditVerifier(_store.Documents)).RunAsync(tenants, output);
        Assert.Equal(expectedExitCode, exitCode);
        return output.ToString();
    }

    private async Task AppendAsync(TenantId tenant, int count)
    {
        var log = new AuditLog(_store.Documents, _clock);
        for (var n = 1; n <= count; n++)
        {
            await log.AppendAsync(Entry(tenant, n));
        }
    }

    [Fact]
    public async Task RunAsync_WhenEveryChainIsIntact_ExitsZeroWithOneLinePerTenant()
    {
        await AppendAsync(Seoul, 3);
        var head = (await _store.Documents.ReadAsync<AuditChainHead>(Seoul, AuditChainHead.DocumentId))!.Body.LastHash;

        var text = await RunAsync([Seoul, Jongno, Seoul], VerifyAuditCommand.ExitIntact);

        Assert.Equal(
            $"ok tenant=11000 records=3 head={head}\nok tenant=11110 records=0\naudit: 2 tenants, 3 records verified, 0 broken\n",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task RunAsync_WhenAStoredRecordIsTampered_ExitsNonZeroNamingTheFirstBrokenRecord()
    {
        await AppendAsync(Seoul, 50);
        await AppendAsync(Jongno, 2);
        var record = (await _store.Documents.ReadAsync<AuditRecord>(Seoul, "audit:000000000042"))!.Body;
        await _store.Documents.UpsertAsync(Seoul, "audit:000000000042", record with { Target = "/api/tenants/11000/commitments/c-999" });
        await _store.Documents.DeleteAsync(Seoul, "audit:000000000045");

        var text = await RunAsync([Seoul, Jongno], VerifyAuditCommand.ExitBroken);

        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith($"BROKEN tenant=11000 record=audit:000000000042 sequence=42: hash mismatch: stored {record.Hash}, computed ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("ok tenant=11110 records=2 head=", lines[1], StringComparison.Ordinal);
        Assert.Equal("audit: 2 tenants, 43 records verified, 1 broken", lines[2]);
    }

    [Fact]
    public async Task RunAsync_WhenNoTenantIsGiven_RefusesToReportSuccess()
    {
        var text = await RunAsync([], VerifyAuditCommand.ExitUsage);

        Assert.Contains("no tenants", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_WhenPartitionsHoldAuditRecords_FindsExactlyThem()
    {
        await AppendAsync(Jongno, 2);
        await AppendAsync(TenantId.National, 1);
        await _store.Documents.CreateAsync(Seoul, "note:1", new Note("no audit here"));

        var tenants = await AuditPartitions.DiscoverAsync(_store.Documents);

        Assert.Equal([TenantId.National, Jongno], tenants);
    }

    private sealed record Note(string Text) : IDocumentBody
    {
        public static string DocumentType => "note";
    }
}
