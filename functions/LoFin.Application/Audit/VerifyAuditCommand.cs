using System.Globalization;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// The <c>verify-audit</c> command: verifies each tenant's chain, prints one line per tenant
/// and a summary, and returns the process exit code.
/// <code>
/// ok tenant=11000 records=42 head=3f1c…
/// BROKEN tenant=11110 record=audit:000000000007 sequence=7: gap: expected 5, found 7
/// audit: 2 tenants, 46 records verified, 1 broken
/// </code>
/// </summary>
public sealed class VerifyAuditCommand(AuditVerifier verifier)
{
    public const int ExitIntact = 0;
    public const int ExitBroken = 1;

    /// <summary>No tenant was named: verifying nothing must not look like success.</summary>
    public const int ExitUsage = 2;

    public async Task<int> RunAsync(IEnumerable<TenantId> tenants, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        ArgumentNullException.ThrowIfNull(output);
        var ordered = tenants.Distinct().OrderBy(t => t.Value, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            await output.WriteLineAsync("audit: no tenants to verify");
            return ExitUsage;
        }
        var records = 0L;
        var broken = 0;
        foreach (var tenant in ordered)
        {
            var result = await verifier.VerifyAsync(tenant, cancellationToken);
            records += result.RecordsVerified;
            if (result.Break is { } fault)
            {
                broken++;
                await output.WriteLineAsync(Invariant(
                    $"BROKEN tenant={tenant} record={fault.DocumentId ?? "?"} sequence={(fault.Sequence is { } s ? s.ToString(CultureInfo.InvariantCulture) : "?")}: {fault.Problem}"));
            }
            else
            {
                await output.WriteLineAsync(result.HeadHash is null
                    ? Invariant($"ok tenant={tenant} records=0")
                    : Invariant($"ok tenant={tenant} records={result.RecordsVerified} head={result.HeadHash}"));
            }
        }
        await output.WriteLineAsync(Invariant($"audit: {ordered.Count} tenants, {records} records verified, {broken} broken"));
        return broken == 0 ? ExitIntact : ExitBroken;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
