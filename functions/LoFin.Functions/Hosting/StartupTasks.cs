using LoFin.Application.Documents;
using LoFin.Application.Tenancy;
using LoFin.Storage.Embedded.Sqlite;

namespace LoFin.Functions.Hosting;

/// <summary>What must be true before the first request: seed data present, tenants loaded, orphaned leases back on the queue.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<LoFinOptions>();
        await services.GetRequiredService<DemoSeeder>().SeedAsync(includeDemoUsers: options.IsLocal, cancellationToken);
        await services.GetRequiredService<TenantDirectory>().LoadAsync(services.GetRequiredService<IDocumentStore>(), cancellationToken);
        if (services.GetService<SqliteMessageQueue>() is { } queue)
        {
            var released = await queue.ReleaseOrphanedLeasesAsync(cancellationToken);
            if (released > 0)
            {
                services.GetRequiredService<ILogger<DemoSeeder>>().LogWarning("Released {Count} messages leased by a previous run.", released);
            }
        }
    }
}
