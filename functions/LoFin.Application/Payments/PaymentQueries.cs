using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

public static class PaymentQueries
{
    /// <summary>A 지급명령's payments in order: their ids share the order's id as prefix.</summary>
    public static async Task<IReadOnlyList<PaymentDocument>> OfOrderAsync(IDocumentStore store, TenantId tenant, string orderId, CancellationToken cancellationToken)
    {
        var payments = new List<PaymentDocument>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync<PaymentDocument>(tenant,
                new DocumentQuery { IdPrefix = orderId + "-", PageSize = DocumentLimits.MaxPageSize, ContinuationToken = continuation }, cancellationToken);
            payments.AddRange(page.Items.Select(d => d.Body));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return payments;
    }
}
