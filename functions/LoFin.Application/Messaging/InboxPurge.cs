using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Messaging;

/// <summary>
/// Removes "handled" marks older than the retention, one partition at a time. A mark only has
/// to outlive every redelivery of its message (leases of minutes, five tries with back-off
/// capped at five minutes, Service Bus duplicate detection), so a week is ample; without a
/// purge there would be one document per message forever. In Cosmos DB a TTL on inbox
/// documents does the same.
/// </summary>
public sealed class InboxPurge(IDocumentStore store)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    /// <summary>Deletes up to <paramref name="maxDeletes"/> marks handled before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(TenantId tenant, DateTimeOffset cutoff, int maxDeletes, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (deleted < maxDeletes)
        {
            // Always the first page: the previous page's documents are gone, so there is no cursor to keep.
            var page = await store.QueryAsync<InboxEntry>(tenant, new DocumentQuery
            {
                PageSize = Math.Min(DocumentLimits.MaxBatchOperations, maxDeletes - deleted),
            }.Where("handledAt", FilterOperator.LessThan, cutoff), cancellationToken);
            if (page.Items.Count == 0)
            {
                break;
            }
            var batch = new TransactionalBatch(tenant);
            foreach (var entry in page.Items)
            {
                batch.Delete(entry.Id, entry.ETag);
            }
            await store.ExecuteBatchAsync(batch, cancellationToken);
            deleted += page.Items.Count;
        }
        return deleted;
    }
}
