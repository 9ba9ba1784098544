using System.Text.Json;
using LoFin.Application.Budget.Demo;
using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Hosting;

/// <summary>
/// First-start data: the 243 local governments and the ministry in the national partition,
/// the demo users and the demo governments' adopted 2026 본예산. Every step is idempotent (upserts, then a marker), so a start
/// interrupted half-way and started again neither loses nor duplicates anything.
/// </summary>
public sealed class DemoSeeder(IDocumentStore store, DemoBudgetSeeder budgets, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string MinistryName = "행정안전부";
    private const string TenantsStep = "tenants-v1";
    private const string UsersStep = "demo-users-v1";
    private const string BudgetsStep = "demo-budgets-2026-v1";

    /// <summary>The year the demo governments' adopted 본예산 is for.</summary>
    public const int DemoFiscalYear = 2026;

    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "Seed");

    public async Task SeedAsync(bool includeDemoUsers, CancellationToken cancellationToken)
    {
        await RunStepAsync(TenantsStep, SeedTenantsAsync, cancellationToken);
        if (includeDemoUsers)
        {
            await RunStepAsync(UsersStep, SeedUsersAsync, cancellationToken);
            await RunStepAsync(BudgetsStep, ct => budgets.SeedAsync(DemoFiscalYear, ct), cancellationToken);
        }
    }

    public static IReadOnlyList<TenantRecord> ReadLocalGovernments(string csvPath)
    {
        var records = new List<TenantRecord>();
        var lines = File.ReadAllLines(csvPath);
        if (lines.Length == 0 || lines[0] != "code,name_ko,level,kind,parent_code,parent_name")
        {
            throw new InvalidDataException($"{csvPath}: unexpected header.");
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var fields = lines[i].Split(',');
            if (fields.Length != 6 || !TenantId.TryParse(fields[0], out var tenant))
            {
                throw new InvalidDataException($"{csvPath} line {i + 1}: expected 6 fields starting with a 5-digit code.");
            }
            TenantId? parent = TenantId.TryParse(fields[4], out var parentId) ? parentId : null;
            records.Add(new TenantRecord(tenant, fields[1], LocalGovernment.ParseLevel(fields[2]), fields[3], parent, fields[5].Length > 0 ? fields[5] : null));
        }
        return records;
    }

    private async Task RunStepAsync(string step, Func<CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync<SeedMarker>(TenantId.National, SeedMarker.DocumentId(step), cancellationToken) is not null)
        {
            return;
        }
        var count = await run(cancellationToken);
        await store.UpsertAsync(TenantId.National, SeedMarker.DocumentId(step), new SeedMarker(step, clock.GetUtcNow(), count), cancellationToken);
        logger.LogInformation("Seeded {Step}: {Count} documents.", step, count);
    }

    private async Task<int> SeedTenantsAsync(CancellationToken cancellationToken)
    {
        var records = ReadLocalGovernments(Path.Combine(SeedDirectory, "local-governments.csv")).ToList();
        records.Insert(0, new TenantRecord(TenantId.National, MinistryName, GovernmentLevel.Ministry, "중앙행정기관", null, null));
        foreach (var chunk in records.Chunk(DocumentLimits.MaxBatchOperations))
        {
            var batch = new TransactionalBatch(TenantId.National);
            foreach (var record in chunk)
            {
                batch.Upsert(TenantRecord.DocumentId(record.TenantId), record);
            }
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
        return records.Count;
    }

    private async Task<int> SeedUsersAsync(CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(Path.Combine(SeedDirectory, "demo-users.json"));
        var users = await JsonSerializer.DeserializeAsync<List<DemoUserSeed>>(file, DocumentJson.Options, cancellationToken)
            ?? throw new InvalidDataException("demo-users.json is empty.");
        foreach (var group in users.GroupBy(u => u.TenantId))
        {
            var batch = new TransactionalBatch(group.Key);
            foreach (var user in group)
            {
                var unknown = user.Roles.FirstOrDefault(r => !Roles.IsKnown(r));
                if (unknown is not null)
                {
                    throw new InvalidDataException($"demo-users.json: user {user.UserId} has unknown role {unknown}.");
                }
                batch.Upsert(UserAccount.DocumentId(user.UserId),
                    new UserAccount(user.UserId, user.TenantId, user.Name, user.Service, user.Roles, user.Position, user.Department, IsDemo: true));
            }
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
        return users.Count;
    }

    private sealed record DemoUserSeed(string UserId, TenantId TenantId, string Name, string Service, IReadOnlyList<string> Roles, Position Position, string? Department);
}
