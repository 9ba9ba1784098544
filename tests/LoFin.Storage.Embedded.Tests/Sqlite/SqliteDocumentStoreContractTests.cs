using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Tests.Contract;
using LoFin.Testing;

namespace LoFin.Storage.Embedded.Tests.Sqlite;

/// <summary>The SQLite adapter against the document store contract, on a fresh file per test.</summary>
public sealed class SqliteDocumentStoreContractTests : DocumentStoreContractTests
{
    private TempStore? _temp;

    protected override IDocumentStore CreateStore() => (_temp ??= new TempStore()).Documents;

    protected override IDocumentStore ReopenStore()
    {
        _temp!.Reopen();
        return _temp.Documents;
    }

    protected override Task<IReadOnlyList<string>> PendingMessageIdsAsync(TenantId tenant)
    {
        IReadOnlyList<string> ids = _temp!.Database.Read(reader =>
        {
            var command = reader.Command("SELECT message_id FROM messages WHERE tenant_id = $t AND dead = 0 ORDER BY seq");
            command.Parameters.AddWithValue("$t", tenant.Value);
            using var row = command.ExecuteReader();
            var found = new List<string>();
            while (row.Read())
            {
                found.Add(row.GetString(0));
            }
            return found;
        });
        return Task.FromResult(ids);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _temp?.Dispose();
        }
        base.Dispose(disposing);
    }
}
