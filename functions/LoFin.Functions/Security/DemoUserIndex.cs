using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Hosting;

namespace LoFin.Functions.Security;

/// <summary>
/// Which government each demo user belongs to, read from the seed file, so the local issuer
/// can find the user's document (the store, not this index, is the source of their roles).
/// </summary>
public sealed class DemoUserIndex
{
    private readonly Dictionary<string, TenantId> _tenantByUser;

    public DemoUserIndex()
    {
        using var file = File.OpenRead(Path.Combine(DemoSeeder.SeedDirectory, "demo-users.json"));
        var entries = JsonSerializer.Deserialize<List<Entry>>(file, DocumentJson.Options) ?? [];
        _tenantByUser = entries.ToDictionary(e => e.UserId, e => e.TenantId, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> UserIds => _tenantByUser.Keys;

    public bool TryGetTenant(string userId, out TenantId tenant) => _tenantByUser.TryGetValue(userId, out tenant);

    public async Task<IReadOnlyList<UserAccount>> LoadAllAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var users = new List<UserAccount>(_tenantByUser.Count);
        foreach (var (userId, tenant) in _tenantByUser)
        {
            if (await store.ReadAsync<UserAccount>(tenant, UserAccount.DocumentId(userId), cancellationToken) is { } user)
            {
                users.Add(user.Body);
            }
        }
        return users;
    }

    private sealed record Entry(string UserId, TenantId TenantId);
}
