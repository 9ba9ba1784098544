using System.Diagnostics;
using System.Net.Http.Json;
using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;

namespace LoFin.Functions.Tests.Process;

/// <summary>The real <c>verify-audit</c> command against a store the app wrote, before and after tampering.</summary>
public sealed class VerifyAuditCommandLineTests
{
    private static async Task<(int ExitCode, string Output, string Error)> VerifyAuditAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("verify-audit");
        start.Environment["LOFIN_DATA"] = dataDirectory;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task VerifyAudit_WhenARecordIsTamperedWith_ExitsNonZeroNamingIt()
    {
        var app = new LoFinAppFactory();
        try
        {
            using (var operatorClient = await app.ClientAsAsync("seoul.operator"))
            {
                for (var i = 0; i < 3; i++)
                {
                    await operatorClient.PostAsync($"/api/tenants/11000/dead-letters/m{i}/replay", null);
                }
            }
            app.Dispose();

            var intact = await VerifyAuditAsync(app.DataDirectory);
            Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
            Assert.Contains("ok tenant=11000 records=3", intact.Output, StringComparison.Ordinal);

            // An attacker with access to the database file rewrites who did the second request.
            using (var database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = Path.Combine(app.DataDirectory, "lofin.db") }, TimeProvider.System))
            {
                var store = new SqliteDocumentStore(database);
                var tenant = TenantId.Parse("11000");
                var record = (await store.ReadAsync<AuditRecord>(tenant, "audit:000000000002"))!;
                await store.UpsertAsync(tenant, record.Id, record.Body with { Actor = "someone.else" });
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            var broken = await VerifyAuditAsync(app.DataDirectory);
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains("BROKEN tenant=11000 record=audit:000000000002 sequence=2", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            app.DeleteData();
        }
    }

    [Fact]
    public async Task VerifyAudit_WhenTheAppIsRunningOnTheStore_ExitsWithAClearMessage()
    {
        using var app = new LoFinAppFactory();
        try
        {
            app.CreateClient().Dispose();
            var result = await VerifyAuditAsync(app.DataDirectory);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("is already open", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            app.Dispose();
            app.DeleteData();
        }
    }
}
