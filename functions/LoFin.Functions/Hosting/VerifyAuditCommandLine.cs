using LoFin.Application.Audit;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;

namespace LoFin.Functions.Hosting;

/// <summary>
/// <c>verify-audit</c>: walks the audit chain of every government in the store at LOFIN_DATA
/// and exits 0 when all are intact, 1 naming the first broken record, 3 when the store is in
/// use by a running app (the nightly VerifyAuditChains timer checks a running store).
/// </summary>
public static class VerifyAuditCommandLine
{
    public static async Task<int> RunAsync(TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = ServiceRegistration.ReadOptions(configuration);
        SqliteDatabase database;
        try
        {
            database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = options.DatabasePath }, TimeProvider.System);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"{ex.Message} Stop the app using LOFIN_DATA={options.DataDirectory} first; while it runs, the nightly VerifyAuditChains timer checks the chains.");
            return 3;
        }
        using (database)
        {
            var store = new SqliteDocumentStore(database);
            var tenants = new TenantDirectory();
            await tenants.LoadAsync(store, CancellationToken.None);
            var ids = tenants.All.Select(t => t.TenantId).Append(TenantId.National).Distinct();
            return await new VerifyAuditCommand(new AuditVerifier(store)).RunAsync(ids, output, CancellationToken.None);
        }
    }
}
