using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Payments.Bank;
using LoFin.Functions.Hosting;
using LoFin.Functions.Integrations.TreasuryBank;
using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Seed;
using LoFin.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Bench;

/// <summary>
/// 예금주 조회 against the real treasury bank simulator on loopback, two ways: through the app's
/// bank adapter alone (<see cref="HttpTreasuryBank"/>), and through the app's HTTP endpoint
/// (bearer token, validation, the bank call, the masked verification record, the audit record).
/// The simulator, the app and the load run in this one process, so CPU per operation counts all three.
/// </summary>
public sealed class BankBenchmark(BenchSettings settings)
{
    public const double TargetPerSecond = 3_400;

    private const string Secret = "lofin-bench-bank-webhook-secret-000";

    /// <summary>Officials of three governments, so the audit and verification writes spread as they would.</summary>
    private static readonly (string UserId, string TenantId)[] Officials = [("seoul.clerk", "11000"), ("suwon.clerk", "41110"), ("yangpyeong.clerk", "41830")];

    public async Task<IReadOnlyList<ResultRow>> RunAsync()
    {
        var workers = settings.Quick ? 4 : settings.BankWorkers;
        var measured = TimeSpan.FromSeconds(settings.Quick ? 0.3 : settings.StoreSeconds);
        var warmUp = TimeSpan.FromSeconds(settings.Quick ? 0.1 : 2);
        Console.WriteLine($"bank: 예금주 조회, {workers} concurrent callers, {measured.TotalSeconds:0.#} s measured after {warmUp.TotalSeconds:0.#} s warm-up");

        var simulator = SimulatorApp.Build([
            "--LOFIN_SIM_PORT=0", "--Logging:LogLevel:Default=Warning", $"--Sim:Bank:WebhookSecret={Secret}",
            "--Sim:Bank:Faults:DuplicateRate=0", "--Sim:Bank:Faults:OutOfOrderRate=0", "--Sim:Bank:Faults:LossRate=0", "--Sim:Bank:Faults:TransferFailureRate=0"]);
        await simulator.StartAsync();
        try
        {
            var bankUrl = simulator.Urls.Single().TrimEnd('/') + "/bank/v1";
            var questions = Questions();
            var rows = new List<ResultRow> { await AdapterAsync(bankUrl, questions, workers, warmUp, measured) };
            rows.Add(await EndpointAsync(bankUrl, questions, workers, warmUp, measured));
            return rows;
        }
        finally
        {
            await simulator.StopAsync();
            await simulator.DisposeAsync();
        }
    }

    /// <summary>Matching, mismatching, closed and unknown accounts, as officials would ask.</summary>
    private static AccountVerificationRequest[] Questions()
    {
        var payees = DemoBankSeed.Create().Payees;
        return
        [
            .. payees.Where(p => p.Account.Status == AccountStatus.Active)
                .Select(p => new AccountVerificationRequest(p.Account.Key.BankCode, p.Account.Key.AccountNumber, p.RegisteredName)),
            .. payees.Take(20).Select(p => new AccountVerificationRequest(p.Account.Key.BankCode, p.Account.Key.AccountNumber, "다른이름")),
            new AccountVerificationRequest("004", "99999999999999", "홍길동"),
        ];
    }

    private static async Task<ResultRow> AdapterAsync(string bankUrl, AccountVerificationRequest[] questions, int workers, TimeSpan warmUp, TimeSpan measured)
    {
        var bank = new HttpTreasuryBank(HttpTreasuryBank.CreateHttpClient(), new BankOptions { BaseUrl = bankUrl }, TimeProvider.System, NullLogger<HttpTreasuryBank>.Instance);
        var row = await DriveAsync("bank: 예금주 조회 via adapter", $"{workers} callers", workers, warmUp, measured, async (worker, i) =>
        {
            var outcome = await bank.VerifyAccountAsync(questions[(worker * 7919 + i) % questions.Length]);
            if (outcome is not AccountVerificationOutcome.Verified)
            {
                throw new InvalidOperationException($"Verification failed: {outcome}");
            }
        });
        return row;
    }

    private static async Task<ResultRow> EndpointAsync(string bankUrl, AccountVerificationRequest[] questions, int workers, TimeSpan warmUp, TimeSpan measured)
    {
        using var directory = new BenchDirectory("bank");
        var app = LoFinApp.Build([], new Dictionary<string, string?>
        {
            ["LOFIN_PORT"] = "0",
            ["LOFIN_DATA"] = directory.Path,
            ["LOFIN_LOG_FORMAT"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
            ["LoFin:SignInRequestsPerMinute"] = "1000",
            ["Bank:BaseUrl"] = bankUrl,
            ["Bank:WebhookSecret"] = Secret,
        });
        await StartupTasks.RunAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        try
        {
            var appUrl = app.Urls.Single().TrimEnd('/');
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = new Uri(appUrl) };
            var tokens = new List<string>();
            foreach (var (userId, _) in Officials)
            {
                var response = await http.PostAsJsonAsync("/api/dev/token", new { user = userId });
                response.EnsureSuccessStatusCode();
                tokens.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
            }
            return await DriveAsync("bank: 예금주 조회 via app endpoint", $"{workers} callers, 3 governments", workers, warmUp, measured, async (worker, i) =>
            {
                var official = worker % Officials.Length;
                var question = questions[(worker * 7919 + i) % questions.Length];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{Officials[official].TenantId}/payees/verifications")
                {
                    Content = JsonContent.Create(new { question.BankCode, question.AccountNumber, question.HolderName }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[official]);
                using var response = await http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Verification endpoint answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            });
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="workers"/> loops; counts and times only the calls that start inside the measured window.</summary>
    private static async Task<ResultRow> DriveAsync(string scenario, string setting, int workers, TimeSpan warmUp, TimeSpan measured, Func<int, int, Task> call)
    {
        var samples = Enumerable.Range(0, workers).Select(_ => new LatencySamples()).ToArray();
        var started = Stopwatch.GetTimestamp();
        var measureFrom = started + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        TimeSpan cpuBefore = default;
        var cpuTaken = 0;
        var loops = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                var callStarted = Stopwatch.GetTimestamp();
                if (callStarted >= measureUntil)
                {
                    return;
                }
                if (callStarted >= measureFrom && Interlocked.Exchange(ref cpuTaken, 1) == 0)
                {
                    cpuBefore = CpuTime.Process();
                }
                await call(worker, i);
                if (callStarted >= measureFrom)
                {
                    samples[worker].Add(callStarted);
                }
            }
        })).ToArray();
        await Task.WhenAll(loops);
        var cpuSeconds = (CpuTime.Process() - cpuBefore).TotalSeconds;
        var operations = samples.Sum(s => (long)s.Count);
        var seconds = Stopwatch.GetElapsedTime(measureFrom).TotalSeconds;
        var row = new ResultRow(scenario, setting, operations, seconds, cpuSeconds, "verifications", LatencySamples.Summarise(samples), TargetPerSecond);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {scenario}: {row.PerSecond:N0} /s, p50 {row.Latency.P50Ms:0.00} ms, p99 {row.Latency.P99Ms:0.00} ms"));
        return row;
    }
}
