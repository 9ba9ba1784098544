using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Application.Observability;
using LoFin.Application.Payments;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Hosting;
using LoFin.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Bench;

/// <summary>
/// A national day of payments through the whole pipeline: approved 지출결의 → 지급명령 (1,000
/// per order) → queue → the treasury bank simulator over HTTP → signed webhooks (with duplicates,
/// reordering, loss and failed transfers injected) → results posted to the ledgers, lost ones
/// found by the reconciliation timer. The app and the bank run in this process on loopback
/// ports, on the embedded store. Seeding the approved resolutions is not measured; the clock
/// runs from the first 지급명령 to the last payment's final result. Afterwards the books are
/// checked against the bank: money that left each government's account equals the payments
/// posted, and every line's journal balances.
/// </summary>
public sealed class NationalDayBenchmark(BenchSettings settings)
{
    private static readonly string[] Tenants = ["11000", "41110", "41830"];
    private const int LinesPerTenant = 60;
    private const int OrderSize = PaymentOrderService.MaxPaymentsPerOrder;

    public async Task<IReadOnlyList<ResultRow>> RunAsync()
    {
        var payments = settings.Payments;
        using var directory = new BenchDirectory("national-day");
        var appPort = FreePort();
        var simPort = FreePort();
        var lossRate = settings.Quick ? "0" : "0.01";
        var bank = SimulatorApp.Build([
            $"--LOFIN_SIM_PORT={simPort}", $"--Sim:Bank:CallbackUrl=http://127.0.0.1:{appPort}/api/webhooks/bank",
            "--Sim:Bank:SettlementDelayMs=200", "--Sim:Bank:MaxResultsPerEvent=100",
            "--Sim:Bank:Faults:DuplicateRate=0.02", "--Sim:Bank:Faults:OutOfOrderRate=0.05", $"--Sim:Bank:Faults:LossRate={lossRate}",
            "--Sim:Bank:Faults:TransferFailureRate=0.01", "--Logging:LogLevel:Default=Warning"]);
        await bank.StartAsync();
        var app = LoFinApp.Build([], new Dictionary<string, string?>
        {
            ["LOFIN_PORT"] = appPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LOFIN_DATA"] = directory.Path,
            ["Bank:BaseUrl"] = $"http://127.0.0.1:{simPort}/bank/v1",
            ["Payments:ResultGraceSeconds"] = "5",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await StartupTasks.RunAsync(app.Services, default);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{simPort}/bank/v1/") };
            var payees = await PayeesAsync(http);
            var openingWon = await GovernmentBalancesAsync(http);
            Console.WriteLine($"national day: seeding {payments:N0} approved resolutions for {Tenants.Length} governments...");
            var seedWatch = Stopwatch.StartNew();
            var resolutions = await SeedAsync(app.Services, payments, payees);
            Console.WriteLine($"national day: seeded in {seedWatch.Elapsed.TotalSeconds:F0} s; paying...");

            using var settled = new SettledPayments();
            var peakPrivate = 0L;
            var cpuBefore = CpuTime.Process();
            var watch = Stopwatch.StartNew();
            var orders = await IssueOrdersAsync(app.Services, resolutions);
            var approving = ApproveWhenPreparedAsync(app.Services, orders);
            var lastReport = TimeSpan.Zero;
            while (settled.Total < payments && watch.Elapsed < TimeSpan.FromMinutes(settings.Quick ? 3 : 40))
            {
                await Task.Delay(500);
                peakPrivate = Math.Max(peakPrivate, ProcessMemory.Now().PrivateBytes ?? 0);
                if (watch.Elapsed - lastReport >= TimeSpan.FromSeconds(30))
                {
                    lastReport = watch.Elapsed;
                    Console.WriteLine($"  {watch.Elapsed.TotalSeconds:F0} s: {settled.Total:N0} final ({settled.Total / watch.Elapsed.TotalSeconds:N0}/s), private {peakPrivate / (1 << 20):N0} MiB");
                }
            }
            watch.Stop();
            await approving;
            var cpu = (CpuTime.Process() - cpuBefore).TotalSeconds;

            var postedWon = await CheckBooksAsync(app.Services);
            var closingWon = await GovernmentBalancesAsync(http);
            var debitedWon = Tenants.Sum(t => openingWon[t] - closingWon[t]);
            var stats = await http.GetStringAsync("admin/stats");
            Console.WriteLine($"national day: {settled.Total:N0} of {payments:N0} final ({settled.Succeeded:N0} paid, {settled.Failed:N0} failed) in {watch.Elapsed.TotalSeconds:F1} s; " +
                $"posted {postedWon:N0}원, bank debited {debitedWon:N0}원 ({(postedWon == debitedWon ? "equal" : "DIFFERENT")}); peak private {peakPrivate / (1 << 20):N0} MiB");
            Console.WriteLine($"national day: bank stats {stats}");
            if (settled.Total != payments || postedWon != debitedWon)
            {
                throw new InvalidOperationException("The national day did not end with every payment final and the books equal to the bank.");
            }
            return [new ResultRow("national day", $"{payments:N0} payments, 3 governments, bank faults", payments, watch.Elapsed.TotalSeconds, cpu,
                "payments", new Percentiles(0, 0, 0, 0), 1_100)];
        }
        finally
        {
            await app.StopAsync();
            await bank.StopAsync();
            await app.DisposeAsync();
            await bank.DisposeAsync();
        }
    }

    private static async Task<IReadOnlyList<Payee>> PayeesAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("admin/demo-accounts"));
        return json.RootElement.GetProperty("payees").EnumerateArray()
            .Select(p => new Payee(p.GetProperty("account").GetProperty("bankCode").GetString()!, p.GetProperty("account").GetProperty("accountNumber").GetString()!,
                p.GetProperty("registeredName").GetString()!))
            .ToList();
    }

    private static async Task<Dictionary<string, long>> GovernmentBalancesAsync(HttpClient http)
    {
        var balances = new Dictionary<string, long>();
        foreach (var tenant in Tenants)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"admin/accounts/097/{TreasuryAccountNumbers.For(TenantId.Parse(tenant), FiscalAccount.Parse("100"))}"));
            balances[tenant] = json.RootElement.GetProperty("balanceWon").GetInt64();
        }
        return balances;
    }

    private static BudgetLineKey LineOf(string tenant, int line) =>
        BudgetLineKey.Parse($"2026/100/{tenant}01/BENCH-{line:D3}/201-01");

    /// <summary>Amounts from 10,000 to 300,000원 in 10원 steps: a day's small payments, and Yangpyeong's 1000억 covers them.</summary>
    private static long AmountOf(int i) => 10_000 + ((long)i * 7_919 % 29_000) * 10;

    private static async Task<Dictionary<string, List<string>>> SeedAsync(IServiceProvider services, int payments, IReadOnlyList<Payee> payees)
    {
        var ledgers = services.GetRequiredService<BudgetLineLedgerStore>();
        var expenditures = services.GetRequiredService<ExpenditureService>();
        var perLine = new Dictionary<(string Tenant, int Line), List<int>>();
        for (var i = 0; i < payments; i++)
        {
            var key = (Tenants[i % Tenants.Length], i / Tenants.Length % LinesPerTenant);
            (perLine.TryGetValue(key, out var list) ? list : perLine[key] = []).Add(i);
        }
        await Parallel.ForEachAsync(perLine, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (entry, cancellationToken) =>
        {
            var (tenantCode, lineNumber) = entry.Key;
            var tenant = TenantId.Parse(tenantCode);
            var line = LineOf(tenantCode, lineNumber);
            var totalWon = entry.Value.Sum(AmountOf);
            await ledgers.WriteAsync(tenant, [new LineOperation(line, new BudgetAdjustment(OperationId.Parse("bench-budget"), totalWon))], "bench", null, cancellationToken);
            await ledgers.WriteAsync(tenant, [
                new LineOperation(line, new AllotmentAdjustment(OperationId.Parse("bench-allot"), totalWon)),
                new LineOperation(line, new CommitmentRequest(OperationId.Parse("bench-cmt"), totalWon)),
                new LineOperation(line, new CommitmentPosting(OperationId.Parse("bench-cmt-post"), OperationId.Parse("bench-cmt"), totalWon))], "bench", null, cancellationToken);
            foreach (var chunk in entry.Value.Chunk(ExpenditureService.MaxPerCall))
            {
                var results = await expenditures.RecordApprovedAsync(tenant, chunk.Select(i => new ApprovedExpenditure(
                    $"R{i:D7}", line, "bench-cmt", "물품대금", AmountOf(i), payees[i % payees.Count], "bench.approver")).ToList(), cancellationToken);
                if (results.Any(r => !r.IsApplied))
                {
                    throw new InvalidOperationException($"Seeding refused: {results.First(r => !r.IsApplied).Refusal?.Message}");
                }
            }
        });
        return Tenants.ToDictionary(t => t, t => Enumerable.Range(0, payments).Where(i => Tenants[i % Tenants.Length] == t).Select(i => $"R{i:D7}").ToList());
    }

    private static async Task<List<(TenantId Tenant, string OrderId)>> IssueOrdersAsync(IServiceProvider services, Dictionary<string, List<string>> resolutions)
    {
        var orders = services.GetRequiredService<PaymentOrderService>();
        var issued = new List<(TenantId, string)>();
        foreach (var (tenantCode, ids) in resolutions)
        {
            var tenant = TenantId.Parse(tenantCode);
            var number = 0;
            foreach (var chunk in ids.Chunk(OrderSize))
            {
                var issue = await orders.IssueAsync(tenant, $"BENCH-{++number:D4}", 2026, FiscalAccount.Parse("100"), chunk, "bench.disburser", default);
                issued.Add((tenant, issue.Order!.OrderId));
            }
        }
        return issued;
    }

    /// <summary>The approval line's part, played by the benchmark: approve each order as soon as it is prepared.</summary>
    private static async Task ApproveWhenPreparedAsync(IServiceProvider services, List<(TenantId Tenant, string OrderId)> orders)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var service = services.GetRequiredService<PaymentOrderService>();
        var waiting = new List<(TenantId Tenant, string OrderId)>(orders);
        while (waiting.Count > 0)
        {
            var still = new List<(TenantId, string)>();
            foreach (var (tenant, orderId) in waiting)
            {
                var order = await store.ReadAsync<PaymentOrderDocument>(tenant, orderId);
                if (order?.Body.Status == PaymentOrderStatus.Prepared)
                {
                    await service.ApproveAsync(tenant, orderId, "bench.treasurer", default);
                }
                else if (order?.Body.Status == PaymentOrderStatus.Preparing)
                {
                    still.Add((tenant, orderId));
                }
            }
            waiting = still;
            if (waiting.Count > 0)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Returns the won posted as paid; throws when any line's journal does not balance.</summary>
    private static async Task<long> CheckBooksAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        long paidWon = 0;
        foreach (var tenant in Tenants.Select(TenantId.Parse))
        {
            var page = await store.QueryAsync<LineLedgerDocument>(tenant, new DocumentQuery { PageSize = 1000 });
            foreach (var head in page.Items.Select(d => d.Body))
            {
                if (head.AccountTotals.Sum(t => t.DebitWon) != head.AccountTotals.Sum(t => t.CreditWon))
                {
                    throw new InvalidOperationException($"The journal of line {head.LineKey} does not balance.");
                }
                paidWon += head.PaidWon;
            }
        }
        return paidWon;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Counts the payments whose final result was recorded, from the app's own metric.</summary>
    private sealed class SettledPayments : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _succeeded;
        private long _failed;

        public SettledPayments()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LoFinMetrics.MeterName && instrument.Name == "lofin.payments.settled")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "outcome")
                    {
                        Interlocked.Add(ref (string?)tag.Value == "succeeded" ? ref _succeeded : ref _failed, value);
                    }
                }
            });
            _listener.Start();
        }

        public long Succeeded => Interlocked.Read(ref _succeeded);

        public long Failed => Interlocked.Read(ref _failed);

        public long Total => Succeeded + Failed;

        public void Dispose() => _listener.Dispose();
    }
}
