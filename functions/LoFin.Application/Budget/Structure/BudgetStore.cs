using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Structure;

/// <summary>Reads and writes the budget documents of one tenant's partition.</summary>
public sealed class BudgetStore(IDocumentStore store)
{
    public IDocumentStore Documents => store;

    public Task<Document<BudgetYearDocument>?> ReadYearAsync(TenantId tenant, int fiscalYear, CancellationToken cancellationToken) =>
        store.ReadAsync<BudgetYearDocument>(tenant, BudgetDocumentIds.Year(fiscalYear), cancellationToken);

    public async Task<Document<BudgetYearDocument>> RequireYearAsync(TenantId tenant, int fiscalYear, CancellationToken cancellationToken) =>
        await ReadYearAsync(tenant, fiscalYear, cancellationToken)
            ?? throw new BudgetRefusedException(BudgetRefusal.NotFound, $"{fiscalYear}년도 예산이 없습니다. 예산 과목을 먼저 가져오세요.");

    public async Task<Document<BudgetVersionDocument>> RequireVersionAsync(TenantId tenant, int fiscalYear, int number, CancellationToken cancellationToken) =>
        await store.ReadAsync<BudgetVersionDocument>(tenant, BudgetDocumentIds.Version(fiscalYear, number), cancellationToken)
            ?? throw new BudgetRefusedException(BudgetRefusal.NotFound, $"{fiscalYear}년도 제{number}차 예산이 없습니다.");

    /// <summary>The version a reader means when they name none: the open draft if there is one, else the latest adopted.</summary>
    public async Task<Document<BudgetVersionDocument>> ResolveVersionAsync(TenantId tenant, int fiscalYear, int? number, CancellationToken cancellationToken)
    {
        if (number is { } n)
        {
            return await RequireVersionAsync(tenant, fiscalYear, n, cancellationToken);
        }
        var year = await RequireYearAsync(tenant, fiscalYear, cancellationToken);
        return await RequireVersionAsync(tenant, fiscalYear, year.Body.OpenNumber ?? year.Body.LatestAdoptedNumber ?? year.Body.VersionCount, cancellationToken);
    }

    /// <summary>Every line of a line set, in id order (paged reads of at most 1,000).</summary>
    public async Task<IReadOnlyList<Document<BudgetLineDocument>>> ReadLinesAsync(TenantId tenant, string lineSetId, CancellationToken cancellationToken)
    {
        var lines = new List<Document<BudgetLineDocument>>();
        string? continuation = null;
        do
        {
            var query = new DocumentQuery { PageSize = DocumentLimits.MaxPageSize, ContinuationToken = continuation }.WhereEqual("lineSetId", lineSetId);
            var page = await store.QueryAsync<BudgetLineDocument>(tenant, query, cancellationToken);
            lines.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return lines;
    }

    /// <summary>
    /// Writes a new line set in batches. Upserts, so a retried write of the same set (a 추경 created
    /// again after a crash) converges; nobody reads the set until a version points at it.
    /// </summary>
    public async Task WriteLineSetAsync(TenantId tenant, IEnumerable<BudgetLineDocument> lines, CancellationToken cancellationToken)
    {
        foreach (var chunk in lines.Chunk(DocumentLimits.MaxBatchOperations))
        {
            var batch = new TransactionalBatch(tenant);
            foreach (var line in chunk)
            {
                batch.Upsert(BudgetDocumentIds.Line(line.LineSetId, line.Key), line);
            }
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
    }
}
