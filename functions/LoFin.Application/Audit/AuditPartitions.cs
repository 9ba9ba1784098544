using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// Finds every partition that holds an audit chain, for when the tenant directory may not
/// name them all (the national partition, a removed tenant). It reads the whole change feed
/// once, so it costs a scan of every document in the store: an operator's tool, not a
/// request path.
/// </summary>
public static class AuditPartitions
{
    public static async Task<IReadOnlyList<TenantId>> DiscoverAsync(IDocumentStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tenants = new HashSet<TenantId>();
        string? continuation = null;
        while (true)
        {
            var page = await store.ReadChangeFeedAsync(null, continuation, DocumentLimits.MaxPageSize, cancellationToken);
            foreach (var document in page.Items)
            {
                // Records count too: a chain whose head was deleted must still be verified.
                if (document.Type == AuditChainHead.DocumentType || document.Type == AuditRecord.DocumentType)
                {
                    tenants.Add(document.TenantId);
                }
            }
            if (page.Items.Count == 0)
            {
                break;
            }
            continuation = page.Continuation;
        }
        return [.. tenants.OrderBy(t => t.Value, StringComparer.Ordinal)];
    }
}
