using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Tenancy;

/// <summary>
/// The 243 local governments and the ministry, read once from the national partition.
/// The set changes only with a reorganisation of local government, so it is cached.
/// </summary>
public sealed class TenantDirectory
{
    private IReadOnlyDictionary<TenantId, TenantRecord> _byId = new Dictionary<TenantId, TenantRecord>();
    private IReadOnlyList<TenantRecord> _all = [];

    public IReadOnlyList<TenantRecord> All => _all;

    public bool Contains(TenantId tenant) => _byId.ContainsKey(tenant);

    public bool TryGet(TenantId tenant, out TenantRecord record) => _byId.TryGetValue(tenant, out record!);

    public async Task LoadAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var records = new List<TenantRecord>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync<TenantRecord>(TenantId.National,
                new DocumentQuery { PageSize = DocumentLimits.MaxPageSize, ContinuationToken = continuation }, cancellationToken);
            records.AddRange(page.Items.Select(d => d.Body));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        _all = [.. records.OrderBy(r => r.TenantId.Value, StringComparer.Ordinal)];
        _byId = _all.ToDictionary(r => r.TenantId);
    }
}
